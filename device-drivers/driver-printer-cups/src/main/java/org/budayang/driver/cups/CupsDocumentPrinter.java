package org.budayang.driver.cups;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.Lifecycle;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.runtime.OperationGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code cups} driver: an A4 document printer behind a CUPS queue, spoken to in IPP/1.1 over HTTP
 * (decision 0009). Open asks the queue's attributes (cupsd not running → {@link LinkLostException}); health comes
 * from printer-state and printer-state-reasons ({@link PrinterState#toStatus}); {@link #print} runs
 * {@link JobRunner}. One operation at a time through an {@link OperationGate}.
 */
public final class CupsDocumentPrinter implements DocumentPrinter {
    public static final String DRIVER_NAME = "cups";
    private static final Logger LOG = LoggerFactory.getLogger(CupsDocumentPrinter.class);
    private static final Duration OPEN_BUDGET = Duration.ofSeconds(5);

    private final String role;
    private final CupsSettings settings;
    private final Clock clock;
    private final Lifecycle lifecycle;
    private final OperationGate gate;
    private final CupsQueue queue;
    private final JobBook book;
    private final StatusBoard board;
    private final JobRunner runner;

    CupsDocumentPrinter(String role, CupsSettings settings, Clock clock) {
        this.role = Objects.requireNonNull(role, "role");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        String device = role + " (" + DRIVER_NAME + " " + settings.queue() + ")";
        this.lifecycle = new Lifecycle(device);
        this.gate = new OperationGate(device);
        this.queue = new CupsQueue(settings, new IppClient(settings.endpoint(), settings.connectTimeout()));
        this.book = new JobBook(settings.jobMemory());
        this.board = new StatusBoard(device, DeviceStatus.offline(clock.instant(), "not opened yet"));
        this.runner = new JobRunner(queue, book, new JobRunner.Observer() {
            @Override
            public void printer(PrinterState state) {
                board.publish(state.toStatus(settings.queue(), clock.instant()));
            }

            @Override
            public void silent(String detail) {
                board.publish(DeviceStatus.offline(clock.instant(), detail));
            }
        }, clock);
    }

    @Override
    public String role() {
        return role;
    }

    @Override
    public String driverName() {
        return DRIVER_NAME;
    }

    @Override
    public LifecycleState state() {
        return lifecycle.state();
    }

    /** Asks the queue's state; cupsd not running, not answering within 5 s or not knowing the queue is a lost link. */
    @Override
    public void open() throws LinkLostException {
        lifecycle.open(() -> {
            try {
                board.publish(queue.printer(Deadline.in(OPEN_BUDGET), CancelToken.none())
                        .toStatus(settings.queue(), clock.instant()));
            } catch (IppCallException failed) {
                RecommendedAction action = failed.kind() == IppCallException.Kind.REFUSED
                        ? RecommendedAction.CONFIGURATION : RecommendedAction.RESET;
                board.publish(new DeviceStatus(Health.OFFLINE, java.util.Set.of(), action, clock.instant(),
                        failed.getMessage()));
                throw new LinkLostException(settings.printerUri().toString(), "open failed: " + failed.getMessage(),
                        failed);
            } catch (LinkLostException lost) {
                board.publish(DeviceStatus.offline(clock.instant(), lost.getMessage()));
                throw lost;
            }
        });
    }

    @Override
    public void enable() {
        lifecycle.enable();
    }

    @Override
    public void disable() {
        lifecycle.disable();
    }

    @Override
    public void close() {
        lifecycle.closeIfOpen(() -> board.publish(DeviceStatus.offline(clock.instant(), "closed")));
    }

    @Override
    public DeviceStatus status() {
        return board.status();
    }

    @Override
    public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) throws LinkLostException {
        lifecycle.requireOpen("refreshStatus");
        return gate.run("refreshStatus", deadline, cancel, (until, token) -> {
            try {
                board.publish(queue.printer(until, token).toStatus(settings.queue(), clock.instant()));
                return Outcome.success(board.status());
            } catch (IppCallException failed) {
                return failedCall("refreshStatus", failed, deadline);
            } catch (LinkLostException lost) {
                board.publish(DeviceStatus.offline(clock.instant(), lost.getMessage()));
                throw lost;
            }
        });
    }

    /**
     * Staff cleared the printer (paper in, jam out, cover shut): CUPS keeps {@code media-empty-error} and the like in
     * the queue's printer-state-reasons until a job runs, so this removes the reasons that stand for a condition
     * ({@link PrinterReasons#condition}) with CUPS-Add-Modify-Printer, as {@code lpadmin -p <queue> -o
     * printer-state-reasons=none} does, and keeps the others ({@code paused}, {@code offline-report}, filter errors).
     * printer-state is not touched: a stopped queue stays stopped (OFFLINE, {@code cupsenable}). Then the queue's
     * attributes are read again and published. If the printer still has no paper, CUPS learns it at the next job,
     * which fails PAPER_OUT again. cupsd refusing the change (its policy: administrators only) is
     * {@code CLEAR_REFUSED}, naming the command to run by hand; the status stays as it was.
     */
    @Override
    public Outcome<DeviceStatus> conditionCleared(Deadline deadline, CancelToken cancel) throws LinkLostException {
        lifecycle.requireOpen("conditionCleared");
        return gate.run("conditionCleared", deadline, cancel, (until, token) -> {
            try {
                PrinterState before = queue.printer(until, token);
                List<String> kept = before.reasons().stream()
                        .filter(reason -> PrinterReasons.condition(reason).isEmpty()).toList();
                if (kept.size() < before.reasons().size()) {
                    try {
                        queue.replaceReasons(kept, until, token);
                    } catch (IppCallException refused) {
                        if (refused.accessDenied()) {
                            return Outcome.deviceError("CLEAR_REFUSED", refusedDetail(before, refused));
                        }
                        throw refused;
                    }
                    LOG.info("{}: staff cleared the printer; printer-state-reasons {} -> {}", lifecycle.device(),
                            before.reasons(), kept.isEmpty() ? "none" : kept);
                }
                board.publish(queue.printer(until, token).toStatus(settings.queue(), clock.instant()));
                return Outcome.success(board.status());
            } catch (IppCallException failed) {
                return failedCall("conditionCleared", failed, deadline);
            } catch (LinkLostException lost) {
                board.publish(DeviceStatus.offline(clock.instant(), lost.getMessage()));
                throw lost;
            }
        });
    }

    private String refusedDetail(PrinterState before, IppCallException refused) {
        return "cupsd refused to clear printer-state-reasons " + before.reasons() + " of queue " + settings.queue()
                + " for user '" + settings.user() + "' (" + refused.getMessage() + "): run 'sudo lpadmin -p "
                + settings.queue() + " -o printer-state-reasons=none' by hand, or allow CUPS-Add-Modify-Printer"
                + " for that user in cupsd.conf's default policy (decision 0009)";
    }

    private Outcome<DeviceStatus> failedCall(String operation, IppCallException failed, Deadline deadline) {
        return switch (failed.kind()) {
            case TIMED_OUT -> {
                board.publish(DeviceStatus.offline(clock.instant(), failed.getMessage()));
                yield Outcome.timedOut(operation + ": " + failed.getMessage(), deadline.budget());
            }
            case CANCELLED -> Outcome.cancelled(operation);
            case REFUSED, BROKEN -> {
                board.publish(new DeviceStatus(Health.OFFLINE, java.util.Set.of(),
                        RecommendedAction.CONFIGURATION, clock.instant(), failed.getMessage()));
                yield Outcome.deviceError("PRINT_SYSTEM_ERROR", failed.getMessage());
            }
        };
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) {
        return board.onChange(listener);
    }

    /**
     * Prints {@code document} as job {@code jobId} and follows it at CUPS until it is completed or failed. An id
     * already PRINTED is returned as it is; an id whose earlier submission or cancel was not confirmed is looked up
     * at CUPS (job-name ends with {@code [jobId]}) before anything is sent again (decision 0009).
     */
    @Override
    public Outcome<PrintJob> print(String jobId, PrintDocument document, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        PrintJob.requireJobId(jobId);
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cancel, "cancel");
        lifecycle.requireEnabled(JobRunner.OPERATION);
        return gate.run(JobRunner.OPERATION, deadline, cancel, (until, token) -> {
            try {
                return runner.print(jobId, document, until, token);
            } catch (LinkLostException lost) {
                board.publish(DeviceStatus.offline(clock.instant(), lost.getMessage()));
                throw lost;
            }
        });
    }

    @Override
    public Optional<PrintJob> job(String jobId) {
        return book.job(jobId);
    }

    @Override
    public String toString() {
        return lifecycle.device() + " " + lifecycle.state() + " " + board.status().health();
    }
}
