package org.budayang.driver.cashssp;

import java.time.Duration;

/** How one command went on the wire. */
sealed interface Exchange {

    /** The device answered (any generic code); {@code sends} counts the first send and the resends. */
    record Reply(SspPacket packet, int sends) implements Exchange {
        boolean ok() {
            return packet.code() == ReplyCode.OK.code();
        }
    }

    /**
     * No valid reply. {@code exhausted}: the packet went out {@code sends} times (1 + resends) each without a reply
     * in the reply timeout, so the device is OFFLINE; otherwise the caller's deadline ended first.
     */
    record NoReply(int sends, Duration after, boolean exhausted) implements Exchange {
    }

    /** The caller cancelled. */
    record Cancelled() implements Exchange {
    }
}
