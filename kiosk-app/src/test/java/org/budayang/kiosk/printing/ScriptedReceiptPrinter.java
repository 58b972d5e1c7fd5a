package org.budayang.kiosk.printing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.printer.ReceiptPrinter;

/**
 * A receipt printer for the ViewModel and PrintService unit tests ONLY (the integration tests use the real escpos
 * driver against its emulator): it keeps the ReceiptPrinter contract (idempotent per job id, FAILED jobs printed
 * again, PRINTED ones never) and records every receipt that "came out".
 */
final class ScriptedReceiptPrinter implements ReceiptPrinter, DocumentPrinter {
    enum Next { PRINT, PAPER_OUT, LINK_LOST, TIME_OUT, WAIT_FOR_CANCEL, DRIVER_BUG }

    final List<String> printedJobIds = new CopyOnWriteArrayList<>();
    final List<Receipt> printed = new CopyOnWriteArrayList<>();
    final List<PrintDocument> documents = new CopyOnWriteArrayList<>();
    final CountDownLatch waiting = new CountDownLatch(1);
    volatile Next next = Next.PRINT;
    private final Map<String, PrintJob> jobs = new ConcurrentHashMap<>();
    private final List<Consumer<DeviceStatus>> listeners = new ArrayList<>();
    private volatile DeviceStatus status = DeviceStatus.online(Instant.EPOCH);

    @Override
    public Outcome<PrintJob> print(String jobId, PrintDocument document, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        int before = printedJobIds.size();
        Outcome<PrintJob> outcome = print(jobId, (Receipt) null, deadline, cancel);
        if (printedJobIds.size() > before) {
            documents.add(document); // it came out just now
        }
        return outcome;
    }

    @Override
    public synchronized Outcome<PrintJob> print(String jobId, Receipt receipt, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        PrintJob job = jobs.get(jobId);
        if (job != null && job.state() == PrintJobState.PRINTED) {
            return Outcome.success(job);
        }
        job = (job == null ? PrintJob.queued(jobId, Instant.EPOCH) : job).moveTo(PrintJobState.SENDING, "", "",
                Instant.EPOCH);
        switch (next) {
            case PAPER_OUT -> {
                next = Next.PRINT; // one job fails; paper goes back in for the next
                jobs.put(jobId, job.moveTo(PrintJobState.FAILED, "PAPER_OUT", "DLE EOT 4 = 0x72", Instant.EPOCH));
                setStatus(new DeviceStatus(Health.USER_ERROR, Set.of(Condition.PAPER_OUT), RecommendedAction.CLEAR,
                        Instant.EPOCH, "paper end"));
                return Outcome.deviceError("PAPER_OUT", "DLE EOT 4 = 0x72");
            }
            case LINK_LOST -> {
                jobs.put(jobId, job.moveTo(PrintJobState.FAILED, "OFFLINE", "link lost", Instant.EPOCH));
                throw new LinkLostException("tcp 127.0.0.1:9100", "closed by the printer");
            }
            case DRIVER_BUG -> {
                next = Next.PRINT;
                throw new IllegalArgumentException("driver bug for job " + jobId);
            }
            case TIME_OUT -> {
                jobs.put(jobId, job.moveTo(PrintJobState.FAILED, "TIMED_OUT", "", Instant.EPOCH));
                return Outcome.timedOut("print " + jobId, deadline.budget());
            }
            case WAIT_FOR_CANCEL -> {
                waiting.countDown();
                CountDownLatch cancelled = new CountDownLatch(1);
                cancel.onCancel(cancelled::countDown);
                try {
                    if (!cancelled.await(10, TimeUnit.SECONDS)) {
                        throw new AssertionError("the print was never cancelled");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                jobs.put(jobId, job.moveTo(PrintJobState.FAILED, "CANCELLED", "", Instant.EPOCH));
                return Outcome.cancelled("print " + jobId);
            }
            default -> {
                PrintJob done = job.moveTo(PrintJobState.PRINTED, "", "", Instant.EPOCH);
                jobs.put(jobId, done);
                printedJobIds.add(jobId);
                if (receipt != null) {
                    printed.add(receipt);
                }
                return Outcome.success(done);
            }
        }
    }

    void setStatus(DeviceStatus now) {
        status = now;
        listeners.forEach(l -> l.accept(now));
    }

    @Override
    public Optional<PrintJob> job(String jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    @Override
    public String role() {
        return "receiptPrinter";
    }

    @Override
    public String driverName() {
        return "scripted-test-printer";
    }

    @Override
    public LifecycleState state() {
        return LifecycleState.ENABLED;
    }

    @Override
    public void open() {
    }

    @Override
    public void enable() {
    }

    @Override
    public void disable() {
    }

    @Override
    public void close() {
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    @Override
    public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) {
        return Outcome.success(status);
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
