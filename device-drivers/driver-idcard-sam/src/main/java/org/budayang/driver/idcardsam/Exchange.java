package org.budayang.driver.idcardsam;

import java.time.Duration;

/** What came back for one command: an answer, nothing, a cut or corrupt frame, or the caller cancelled. */
sealed interface Exchange {

    record Answer(Command command, Response response) implements Exchange {
    }

    /** Not one byte of an answer within {@code after}. */
    record NoAnswer(Command command, Duration after) implements Exchange {
    }

    /** Part of an answer came, then the line went quiet or another frame began. */
    record Truncated(Command command, String detail) implements Exchange {
    }

    /** Bytes came that are not a valid answer (checksum, length, unknown status). */
    record Corrupt(Command command, SamProtocolException problem) implements Exchange {
    }

    record Cancelled(Command command) implements Exchange {
    }
}
