package org.budayang.driver.printer;

import java.time.Instant;
import java.util.Objects;

/**
 * One print job as the driver knows it. Never carries the printed content (it may hold personal data).
 *
 * @param id          the caller's job id ({@code [A-Za-z0-9._-]{1,64}}): the same id is printed at most once
 * @param state       where the job is
 * @param failureCode why it FAILED, a stable upper-case code ({@code PAPER_OUT}, {@code COVER_OPEN},
 *                    {@code CUTTER_ERROR}, {@code OFFLINE}, {@code TIMED_OUT}, {@code CANCELLED}, {@code REJECTED},
 *                    {@code MEDIA_EMPTY}…); empty unless FAILED
 * @param detail      precise technical detail for technicians (status bytes, IPP job state reasons); may be empty
 * @param attempts    how many times it was sent to the printer (a reprint after paper out makes it 2)
 * @param updatedAt   when the state last changed
 */
public record PrintJob(String id, PrintJobState state, String failureCode, String detail, int attempts,
                       Instant updatedAt) {

    public PrintJob {
        requireJobId(id);
        Objects.requireNonNull(state, "PrintJob.state is required");
        Objects.requireNonNull(failureCode, "PrintJob.failureCode is required (empty unless FAILED)");
        Objects.requireNonNull(detail, "PrintJob.detail is required (may be empty)");
        Objects.requireNonNull(updatedAt, "PrintJob.updatedAt is required");
        if (state == PrintJobState.FAILED != !failureCode.isEmpty()) {
            throw new IllegalArgumentException("PrintJob " + id + ": state " + state + " with failureCode '"
                    + failureCode + "': a FAILED job needs a code, any other state none");
        }
        if (!failureCode.isEmpty() && !failureCode.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("PrintJob.failureCode '" + failureCode + "' is not an upper-case code");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("PrintJob.attempts must be >= 0, got " + attempts);
        }
    }

    /** A new job, not yet sent. */
    public static PrintJob queued(String id, Instant at) {
        return new PrintJob(id, PrintJobState.QUEUED, "", "", 0, at);
    }

    /** This job moved to {@code next}; refuses a move the state machine does not allow, naming both states. */
    public PrintJob moveTo(PrintJobState next, String failureCode, String detail, Instant at) {
        if (!state.canMoveTo(next)) {
            throw new IllegalStateException("print job " + id + " cannot move from " + state + " to " + next);
        }
        int sent = next == PrintJobState.SENDING ? attempts + 1 : attempts;
        return new PrintJob(id, next, next == PrintJobState.FAILED ? failureCode : "", detail, sent, at);
    }

    /**
     * This job failed (again): QUEUED or SENDING → FAILED with {@code failureCode}; a FAILED job (a reprint refused
     * again) stays FAILED with the new code and detail and its attempts. Refuses a PRINTED job, naming its state.
     */
    public PrintJob fail(String failureCode, String detail, Instant at) {
        if (state == PrintJobState.FAILED) {
            return new PrintJob(id, PrintJobState.FAILED, failureCode, detail, attempts, at);
        }
        return moveTo(PrintJobState.FAILED, failureCode, detail, at);
    }

    /** Checks a job id: 1 to 64 of {@code A-Z a-z 0-9 . _ -}. */
    public static String requireJobId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("print job id '" + id + "' is not 1-64 of A-Z a-z 0-9 . _ -");
        }
        return id;
    }
}
