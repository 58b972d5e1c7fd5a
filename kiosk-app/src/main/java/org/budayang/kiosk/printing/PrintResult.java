package org.budayang.kiosk.printing;

import java.util.Objects;
import org.budayang.driver.printer.PrintJob;

/**
 * How a print request ended; what the UI acts on. Never carries the printed content.
 *
 * @param jobId       the request's job id (the same on every retry)
 * @param printed     whether the job came out
 * @param failureCode the driver's stable code when not printed ({@code PAPER_OUT}, {@code TIMED_OUT}…), else empty
 * @param detail      technician detail (status bytes…), may be empty; never shown to citizens
 * @param attempts    how many times the printer was sent the job (0 when it never got it)
 */
public record PrintResult(String jobId, boolean printed, String failureCode, String detail, int attempts) {

    public PrintResult {
        PrintJob.requireJobId(jobId);
        Objects.requireNonNull(failureCode, "PrintResult.failureCode is required (empty when printed)");
        Objects.requireNonNull(detail, "PrintResult.detail is required (may be empty)");
        if (printed == !failureCode.isEmpty()) {
            throw new IllegalArgumentException("PrintResult " + jobId + ": printed=" + printed + " with failureCode '"
                    + failureCode + "': a failed print needs a code, a printed one none");
        }
        if (!failureCode.isEmpty() && !failureCode.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("PrintResult.failureCode '" + failureCode + "' is not an upper-case code");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("PrintResult.attempts must be >= 0, got " + attempts);
        }
    }

    public static PrintResult printed(String jobId, int attempts) {
        return new PrintResult(jobId, true, "", "", attempts);
    }

    public static PrintResult failed(String jobId, String code, String detail, int attempts) {
        return new PrintResult(jobId, false, code, detail, attempts);
    }

    /** What the citizen is told when it was not printed; empty when printed. */
    public java.util.Optional<PrintFailure> failure() {
        return printed ? java.util.Optional.empty() : java.util.Optional.of(PrintFailure.of(failureCode));
    }
}
