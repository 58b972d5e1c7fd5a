package org.budayang.driver.cups;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.budayang.driver.Condition;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One print, run inside the device's gate: look up an id whose earlier fate is unknown, check the queue, Print-Job,
 * then Get-Job-Attributes every poll interval until completed, aborted or canceled; a paper-out (or jam, cover
 * open, toner out) that the printer reports during the job, a stopped queue, the deadline or the caller's cancel
 * ends it with Cancel-Job so that it cannot come out later.
 */
final class JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    static final String OPERATION = "print";

    /** What the runner tells the device about the queue it saw, or that cupsd did not answer. */
    interface Observer {
        void printer(PrinterState state);

        void silent(String detail);
    }

    private final CupsQueue queue;
    private final JobBook book;
    private final Observer observer;
    private final Clock clock;

    JobRunner(CupsQueue queue, JobBook book, Observer observer, Clock clock) {
        this.queue = queue;
        this.book = book;
        this.observer = observer;
        this.clock = clock;
    }

    Outcome<PrintJob> print(String jobId, PrintDocument document, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        Optional<JobBook.Entry> known = book.get(jobId);
        if (known.isPresent() && known.get().job().state() == PrintJobState.PRINTED) {
            LOG.info("Print job {} was already printed ({}); not printing it again", jobId, known.get().job().detail());
            return Outcome.success(known.get().job());
        }
        try {
            if (known.isPresent() && known.get().maybeAtCups()) {
                Optional<Outcome<PrintJob>> resumed = resume(known.get(), deadline, cancel);
                if (resumed.isPresent()) {
                    return resumed.get();
                }
            }
            PrintJob sending = known.map(JobBook.Entry::job).orElse(PrintJob.queued(jobId, clock.instant()))
                    .moveTo(PrintJobState.SENDING, "", "checking " + queue.settings().describe(), clock.instant());
            book.put(sending, 0, false);
            PrinterState printer = queue.printer(deadline, cancel);
            observer.printer(printer);
            String refusal = printer.refusal(queue.settings().queue());
            if (!refusal.isEmpty()) {
                String code = PrinterReasons.conditions(printer.reasons()).stream().filter(Condition::isBlocking)
                        .findFirst().map(PrinterReasons::failureCode).orElse("OFFLINE");
                return failed(jobId, code, refusal, 0, false, Outcome.deviceError(code, refusal));
            }
            String sides = document.duplex() && printer.offersLongEdgeDuplex() ? "two-sided-long-edge" : "one-sided";
            int cupsId;
            try {
                cupsId = queue.submit(jobId, document.title(), document.pdf(), document.copies(), sides, deadline, cancel);
            } catch (IppCallException notConfirmed) {
                // Only a refusal is sure not to have queued the job; otherwise CUPS may have it.
                return callFailed(jobId, notConfirmed, 0, notConfirmed.kind() != IppCallException.Kind.REFUSED,
                        deadline);
            }
            LOG.info("Print job {} submitted to {} as CUPS job {} (copies {}, sides {}, media iso_a4_210x297mm)",
                    jobId, queue.settings().queue(), cupsId, document.copies(), sides);
            book.put(book.job(jobId).orElseThrow(), cupsId, true);
            return follow(jobId, cupsId, deadline, cancel);
        } catch (IppCallException failed) {
            return callFailed(jobId, failed, 0, false, deadline);
        } catch (LinkLostException lost) {
            JobBook.Entry entry = book.get(jobId).orElseThrow();
            if (entry.job().state() == PrintJobState.SENDING) {
                book.put(entry.job().moveTo(PrintJobState.FAILED, "OFFLINE", lost.getMessage(), clock.instant()),
                        entry.cupsId(), entry.maybeAtCups());
            }
            throw lost;
        }
    }

    /** An id sent before whose fate is unknown: a completed CUPS job is taken as printed, a live one followed. */
    private Optional<Outcome<PrintJob>> resume(JobBook.Entry entry, Deadline deadline, CancelToken cancel)
            throws LinkLostException, IppCallException {
        PrintJob job = entry.job();
        // The CUPS job number is known unless the Print-Job answer was lost; then the job-name tells.
        List<JobView> found = entry.cupsId() > 0 ? known(entry.cupsId(), job.id(), deadline, cancel)
                : queue.jobsFor(job.id(), deadline, cancel);
        for (JobView view : found) {
            if (view.state() == Ipp.JOB_COMPLETED) {
                PrintJob printed = new PrintJob(job.id(), PrintJobState.PRINTED, "", "found completed at CUPS as "
                        + view.describe() + "; not submitted again", job.attempts(), clock.instant());
                book.put(printed, view.cupsId(), false);
                LOG.info("Print job {} found completed as CUPS job {}; not submitting it again", job.id(), view.cupsId());
                return Optional.of(Outcome.success(printed));
            }
        }
        for (JobView view : found) {
            if (!view.finished()) {
                PrintJob following = new PrintJob(job.id(), PrintJobState.SENDING, "", "following "
                        + view.describe() + " submitted earlier", job.attempts(), clock.instant());
                book.put(following, view.cupsId(), true);
                LOG.info("Print job {} is still at CUPS as job {}; following it instead of submitting again",
                        job.id(), view.cupsId());
                return Optional.of(follow(job.id(), view.cupsId(), deadline, cancel));
            }
        }
        book.put(job, entry.cupsId(), false);
        return Optional.empty();
    }

    /** The CUPS job by number if it is still in cupsd's history and still ours (its job-name carries the id). */
    private List<JobView> known(int cupsId, String jobId, Deadline deadline, CancelToken cancel)
            throws LinkLostException, IppCallException {
        try {
            JobView view = queue.job(cupsId, deadline, cancel);
            return CupsQueue.jobIdIn(view.name()).filter(jobId::equals).isPresent() ? List.of(view) : List.of();
        } catch (IppCallException gone) {
            if (gone.kind() != IppCallException.Kind.REFUSED) {
                throw gone;
            }
            LOG.warn("Print job {}: CUPS job {} is no longer in cupsd's history ({}); sending the job again",
                    jobId, cupsId, gone.getMessage());
            return List.of();
        }
    }

    private Outcome<PrintJob> follow(String jobId, int cupsId, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        Duration poll = queue.settings().pollInterval();
        while (true) {
            JobView view;
            try {
                view = queue.job(cupsId, deadline, cancel);
            } catch (IppCallException failed) {
                return callFailed(jobId, failed, cupsId, true, deadline);
            }
            if (view.state() == Ipp.JOB_COMPLETED) {
                PrintJob printed = book.job(jobId).orElseThrow().moveTo(PrintJobState.PRINTED, "", view.describe(),
                        clock.instant());
                book.put(printed, cupsId, false);
                refreshAfterJob();
                return Outcome.success(printed);
            }
            Optional<Condition> blocking = view.printerReasons().stream().map(PrinterReasons::condition)
                    .flatMap(Optional::stream).filter(Condition::isBlocking).findFirst();
            if (view.finished()) {
                String code = blocking.map(PrinterReasons::failureCode)
                        .orElse(view.state() == Ipp.JOB_ABORTED ? "ABORTED" : "CANCELLED");
                refreshAfterJob();
                return failed(jobId, code, view.describe(), cupsId, false, Outcome.deviceError(code, view.describe()));
            }
            if (blocking.isPresent()) {
                String code = PrinterReasons.failureCode(blocking.get());
                CancelResult atCups = cancelAtCups(jobId, cupsId);
                String detail = view.describe() + "; " + atCups.detail();
                refreshAfterJob();
                return failed(jobId, code, detail, cupsId, !atCups.cancelled(),
                        Outcome.deviceError(code, detail));
            }
            if (view.state() == Ipp.JOB_STOPPED || view.state() == Ipp.JOB_HELD) {
                CancelResult atCups = cancelAtCups(jobId, cupsId);
                String detail = view.describe() + ": the queue stopped or holds it; " + atCups.detail();
                refreshAfterJob();
                return failed(jobId, "OFFLINE", detail, cupsId, !atCups.cancelled(),
                        Outcome.deviceError("OFFLINE", detail));
            }
            Optional<Outcome<PrintJob>> interrupted = pause(jobId, cupsId, view, poll, deadline, cancel);
            if (interrupted.isPresent()) {
                return interrupted.get();
            }
        }
    }

    /** Waits one poll interval; the outcome when the deadline passed or the caller cancelled meanwhile. */
    private Optional<Outcome<PrintJob>> pause(String jobId, int cupsId, JobView view, Duration poll,
                                              Deadline deadline, CancelToken cancel) {
        Deadline nap = deadline.atMost(poll);
        while (!nap.expired() && !cancel.isCancelled()) {
            try {
                Thread.sleep(Math.max(1, Math.min(20, nap.remaining().toMillis())));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                cancel.cancel();
            }
        }
        if (cancel.isCancelled()) {
            CancelResult atCups = cancelAtCups(jobId, cupsId);
            String detail = "cancelled by the caller while " + view.describe() + "; " + atCups.detail();
            return Optional.of(failed(jobId, "CANCELLED", detail, cupsId, !atCups.cancelled(),
                    Outcome.cancelled(OPERATION)));
        }
        if (deadline.expired()) {
            CancelResult atCups = cancelAtCups(jobId, cupsId);
            String detail = "not completed within " + deadline.budget().toMillis() + " ms: " + view.describe() + "; "
                    + atCups.detail();
            return Optional.of(failed(jobId, "TIMED_OUT", detail, cupsId, !atCups.cancelled(),
                    Outcome.timedOut(OPERATION, deadline.budget())));
        }
        return Optional.empty();
    }

    /**
     * What a Cancel-Job did.
     *
     * @param cancelled whether CUPS confirmed it (else the job may still print: a retry looks it up first)
     * @param detail    what happened, for the job's detail
     */
    private record CancelResult(boolean cancelled, String detail) {
    }

    /** Cancel-Job within its own short budget. */
    private CancelResult cancelAtCups(String jobId, int cupsId) {
        try {
            queue.cancel(cupsId, Deadline.in(queue.settings().cancelTimeout()));
            LOG.info("Print job {}: CUPS job {} cancelled at CUPS", jobId, cupsId);
            return new CancelResult(true, "CUPS job " + cupsId + " cancelled at CUPS");
        } catch (IppCallException | LinkLostException notCancelled) {
            LOG.warn("Print job {}: Cancel-Job for CUPS job {} failed ({}); a retry of this id looks it up first",
                    jobId, cupsId, notCancelled.getMessage());
            return new CancelResult(false, "Cancel-Job for CUPS job " + cupsId + " failed ("
                    + notCancelled.getMessage() + "); a retry of this id looks it up before sending it again");
        }
    }

    /** Publishes the queue's state after a job (paper out shows at once), within the cancel budget. */
    private void refreshAfterJob() {
        try {
            observer.printer(queue.printer(Deadline.in(queue.settings().cancelTimeout()), CancelToken.none()));
        } catch (IppCallException | LinkLostException unknown) {
            LOG.debug("Queue {} state not refreshed after a job: {}", queue.settings().queue(), unknown.getMessage());
        }
    }

    private Outcome<PrintJob> callFailed(String jobId, IppCallException failed, int cupsId, boolean sent,
                                         Deadline deadline) {
        String detail = failed.getMessage();
        if (sent && cupsId > 0) {
            CancelResult atCups = cancelAtCups(jobId, cupsId);
            detail += "; " + atCups.detail();
            sent = !atCups.cancelled();
        } else if (sent) {
            detail += "; the submission's outcome is unknown: a retry of this id looks it up at CUPS first";
        }
        return switch (failed.kind()) {
            case TIMED_OUT -> {
                observer.silent(failed.getMessage());
                yield failed(jobId, "TIMED_OUT", detail, cupsId, sent, Outcome.timedOut(OPERATION, deadline.budget()));
            }
            case CANCELLED -> failed(jobId, "CANCELLED", detail, cupsId, sent, Outcome.cancelled(OPERATION));
            case REFUSED -> failed(jobId, "REJECTED", detail, cupsId, sent, Outcome.deviceError("REJECTED", detail));
            case BROKEN -> failed(jobId, "PRINT_SYSTEM_ERROR", detail, cupsId, sent,
                    Outcome.deviceError("PRINT_SYSTEM_ERROR", detail));
        };
    }

    private Outcome<PrintJob> failed(String jobId, String code, String detail, int cupsId, boolean maybeAtCups,
                                     Outcome<PrintJob> outcome) {
        PrintJob job = book.job(jobId).orElseThrow().fail(code, detail, clock.instant());
        book.put(job, cupsId, maybeAtCups);
        LOG.warn("Print job {} failed with {}: {}", jobId, code, detail);
        return outcome;
    }
}
