package org.budayang.driver.idcardsam;

import java.util.Objects;

/** One result of {@link FrameScanner#next()}: a frame, a refused frame, or "wait for more bytes". */
public sealed interface Scan permits Scan.Frame, Scan.Refused, Scan.NeedMore {

    /**
     * A frame with a valid length and checksum.
     *
     * @param payload everything between LEN and CHK (SW1 SW2 SW3 data, or CMD PARA data)
     */
    record Frame(byte[] payload) implements Scan {
        public Frame {
            Objects.requireNonNull(payload, "Scan.Frame.payload is required");
        }
    }

    /** Bytes that started like a frame but are not one; the scanner has already skipped past its preamble. */
    record Refused(FrameProblem problem, String detail) implements Scan {
        public Refused {
            Objects.requireNonNull(problem, "Scan.Refused.problem is required");
            Objects.requireNonNull(detail, "Scan.Refused.detail is required");
        }

        public SamProtocolException toException() {
            return new SamProtocolException(problem, detail);
        }
    }

    /** No complete frame yet. */
    record NeedMore() implements Scan {
    }

    Scan NEED_MORE = new NeedMore();
}
