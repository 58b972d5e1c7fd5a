package org.budayang.driver.escpos;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Optional;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.JobBook;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One print request, run while the printer's operation gate is held:
 * <ol>
 *   <li>a job already PRINTED is returned as it is: never printed twice;</li>
 *   <li>status before ({@code DLE EOT 1..4}): paper out, cover open or an error → not sent, FAILED with the code;</li>
 *   <li>SENDING: the job's bytes and {@code GS r 1}, whose reply comes only once the printer has processed them;</li>
 *   <li>while waiting for it, the real-time status every {@code printPoll}: paper out in the middle → the printer's
 *       buffer is cleared ({@code DLE ENQ 2}, so that the rest cannot come out later) and the job is FAILED;</li>
 *   <li>status after: paper out, cover open or an error now → FAILED (reported as not printed, so the caller can
 *       reprint once paper is back); otherwise PRINTED.</li>
 * </ol>
 * Timeout and cancel after sending also clear the printer's buffer and leave the job FAILED (TIMED_OUT,
 * CANCELLED); a lost link leaves it FAILED with OFFLINE and throws.
 */
final class PrintRun {
    private static final Logger LOG = LoggerFactory.getLogger(PrintRun.class);
    private static final Duration AFTER_MINIMUM = Duration.ofMillis(200);

    private final EscPosPrinter printer;
    private final StatusWire wire;
    private final JobBook<PrintJob> jobs;
    private final StatusBoard board;
    private final EscPosSettings settings;

    PrintRun(EscPosPrinter printer, StatusWire wire, JobBook<PrintJob> jobs, StatusBoard board, EscPosSettings settings) {
        this.printer = printer;
        this.wire = wire;
        this.jobs = jobs;
        this.board = board;
        this.settings = settings;
    }

    Outcome<PrintJob> run(String jobId, byte[] bytes, Deadline deadline, CancelToken cancel) throws LinkLostException {
        Optional<PrintJob> known = jobs.get(jobId);
        if (known.isPresent() && known.get().state() == PrintJobState.PRINTED) {
            LOG.info("{}: job {} was printed already ({} attempt(s)); not printing it again", printer.device(), jobId,
                    known.get().attempts());
            return Outcome.success(known.get());
        }
        PrintJob job = known.orElseGet(() -> jobs.put(PrintJob.queued(jobId, now())));
        try {
            wire.discardInput();
            long start = System.nanoTime();
            StatusWire.Reply before = wire.query(deadline.atMost(settings.statusTimeout()), cancel);
            Outcome<PrinterStatus> checked = printer.statusOutcome(before, wire, "print", start);
            if (!(checked instanceof Outcome.Success<PrinterStatus> ok)) {
                String code = checked instanceof Outcome.Cancelled ? "CANCELLED" : "OFFLINE";
                fail(job, code, "status check before sending: " + checked);
                return checked.map(ignored -> job);
            }
            Optional<String> blocked = ok.value().blockingCode();
            if (blocked.isPresent()) {
                PrintJob failed = fail(job, blocked.get(), "not sent: " + ok.value().raw());
                return Outcome.deviceError(blocked.get(), "job " + jobId + " not sent: " + board.status().detail()
                        + " (" + failed.attempts() + " earlier attempt(s))");
            }
            return send(job, bytes, deadline, cancel);
        } catch (LinkLostException lost) {
            PrintJob current = jobs.get(jobId).orElse(job);
            if (current.state() != PrintJobState.PRINTED) {
                fail(current, "OFFLINE", "link lost: " + lost.getMessage());
            }
            board.offline("link lost: " + lost.getMessage());
            throw lost;
        } finally {
            board.busy(false);
        }
    }

    private Outcome<PrintJob> send(PrintJob queuedOrFailed, byte[] bytes, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        PrintJob sending = jobs.put(queuedOrFailed.moveTo(PrintJobState.SENDING, "", "", now()));
        board.busy(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 3);
        out.writeBytes(bytes);
        out.writeBytes(EscPos.PAPER_STATUS_AFTER_DATA);
        long start = System.nanoTime();
        wire.write(out.toByteArray());
        StatusWire.JobEnd end = wire.awaitProcessed(deadline, cancel, settings.printPoll(), settings.statusTimeout());
        if (end instanceof StatusWire.JobEnd.Processed) {
            // the receipt is out: the status after it gets at least a short while even at the end of the deadline
            Deadline afterDeadline = deadline.remaining().compareTo(AFTER_MINIMUM) < 0 ? Deadline.in(AFTER_MINIMUM)
                    : deadline.atMost(settings.statusTimeout());
            StatusWire.Reply after = wire.query(afterDeadline, cancel);
            return finish(sending, after, start);
        }
        wire.write(EscPos.RECOVER_AND_CLEAR); // what is still in the printer's buffer must not come out later
        if (end instanceof StatusWire.JobEnd.Stopped stopped) {
            board.answered(stopped.status(), wire.link().describe());
            String code = stopped.status().blockingCode().orElse("PRINTER_OFFLINE");
            PrintJob failed = fail(sending, code, "stopped " + stopped.after().toMillis() + " ms into the job ("
                    + bytes.length + " bytes), printer buffer cleared; " + stopped.status().raw());
            return Outcome.deviceError(code, "job " + failed.id() + " stopped in the middle: " + board.status().detail());
        }
        if (end instanceof StatusWire.JobEnd.Cancelled) {
            fail(sending, "CANCELLED", "cancelled after sending; printer buffer cleared (it may be partly printed)");
            return Outcome.cancelled("print");
        }
        if (end instanceof StatusWire.JobEnd.Silent silent) {
            printer.statusOutcome(silent.noAnswer(), wire, "print", start);
            fail(sending, "OFFLINE", "the printer stopped answering while printing");
            return Outcome.timedOut("print: the printer stopped answering while printing",
                    silent.noAnswer().after());
        }
        StatusWire.JobEnd.Unfinished unfinished = (StatusWire.JobEnd.Unfinished) end;
        fail(sending, "TIMED_OUT", "not processed within the deadline (" + unfinished.after().toMillis()
                + " ms after sending); printer buffer cleared");
        return Outcome.timedOut("print: job not finished by the printer", deadline.budget());
    }

    private Outcome<PrintJob> finish(PrintJob sending, StatusWire.Reply after, long sentNanos) {
        if (after instanceof StatusWire.Reply.Answer answer) {
            board.answered(answer.status(), wire.link().describe());
            Optional<String> blocked = answer.status().blockingCode();
            if (blocked.isPresent()) {
                PrintJob failed = fail(sending, blocked.get(), "status after the job: " + answer.status().raw()
                        + "; the end of the receipt may be missing, so it counts as not printed");
                return Outcome.deviceError(blocked.get(), "job " + failed.id() + ": " + board.status().detail());
            }
            PrintJob printed = jobs.put(sending.moveTo(PrintJobState.PRINTED, "", "printed in "
                    + (System.nanoTime() - sentNanos) / 1_000_000 + " ms", now()));
            LOG.debug("{}: job {} printed", printer.device(), printed.id());
            return Outcome.success(printed);
        }
        // processed, but the last status question went unanswered: the receipt came out; say so
        PrintJob printed = jobs.put(sending.moveTo(PrintJobState.PRINTED, "", "processed (GS r 1 answered); the"
                + " status after it was not: " + after, now()));
        return Outcome.success(printed);
    }

    /** A job that failed this time (a FAILED one refused again keeps FAILED with the new reason). */
    private PrintJob fail(PrintJob job, String code, String detail) {
        LOG.warn("{}: job {} FAILED {}: {}", printer.device(), job.id(), code, detail);
        return jobs.put(job.fail(code, detail, now()));
    }

    private java.time.Instant now() {
        return board.clock().instant();
    }
}
