package org.budayang.kiosk.printing;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.budayang.driver.printer.ReceiptPrinter;
import org.budayang.kiosk.devices.DeviceCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints for the kiosk (issue #5): a {@link PrintRequest} goes to the receipt or document printer on the
 * {@code background} executor (never the FX thread) with a deadline, and its {@link PrintResult} comes back
 * through the {@code fx} executor. Every request ends in a result, never in silence.
 *
 * <p>Exactly once: a request keeps its job id, so a retry after paper out sends the same job again; the driver
 * guarantees idempotency per job id (see {@link ReceiptPrinter} and {@link DocumentPrinter}): it prints a FAILED job
 * again and returns a PRINTED one as it is, with its real attempt count. This service keeps no memory of its own but
 * refuses to send a job id that is running now (a double tap on the FX side): {@link #ALREADY_RUNNING}.
 *
 * <p>{@link #cancelAll()} cancels what is running (the session was wiped); those requests end CANCELLED.
 */
public final class PrintService {
    private static final Logger LOG = LoggerFactory.getLogger(PrintService.class);
    /** How long a receipt may take: status, send, status. */
    public static final Duration DEFAULT_RECEIPT_BUDGET = Duration.ofSeconds(20);
    /** How long an A4 document may take through the print system. */
    public static final Duration DEFAULT_DOCUMENT_BUDGET = Duration.ofSeconds(120);
    /** The code of a second request for a job id that is printing now (the first request's result still comes). */
    public static final String ALREADY_RUNNING = "ALREADY_RUNNING";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReceiptPrinter receiptPrinter;
    private final DocumentPrinter documentPrinter;
    private final Executor background;
    private final Executor fx;
    private final Duration receiptBudget;
    private final Duration documentBudget;
    private final Set<CancelToken> running = ConcurrentHashMap.newKeySet();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    private PrintService(Builder b) {
        this.receiptPrinter = b.receiptPrinter;
        this.documentPrinter = b.documentPrinter;
        this.background = Objects.requireNonNull(b.background, "PrintService.background executor is required");
        this.fx = Objects.requireNonNull(b.fx, "PrintService.fx executor is required");
        this.receiptBudget = positive("receiptBudget", b.receiptBudget);
        this.documentBudget = positive("documentBudget", b.documentBudget);
    }

    private static Duration positive(String name, Duration d) {
        Objects.requireNonNull(d, "PrintService." + name + " is required");
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("PrintService." + name + " must be positive, got " + d);
        }
        return d;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A kiosk without printers: every request ends FAILED with NOT_READY (on the calling thread). */
    public static PrintService none() {
        return builder().background(Runnable::run).fx(Runnable::run).build();
    }

    /** A fresh job id for one citizen request, e.g. {@code notice-3f9a…}; keep it for the retries. */
    public static String newJobId(String prefix) {
        if (prefix == null || !prefix.matches("[a-z]{1,16}")) {
            throw new IllegalArgumentException("job id prefix must be 1-16 lower-case letters, got '" + prefix + "'");
        }
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        return prefix + "-" + HexFormat.of().formatHex(random);
    }

    /** Whether a printer is configured for {@code target}. */
    public boolean configured(PrintTarget target) {
        return switch (Objects.requireNonNull(target, "target")) {
            case RECEIPT -> receiptPrinter != null;
            case DOCUMENT -> documentPrinter != null;
        };
    }

    /**
     * Prints {@code request} off the FX thread and hands its result to {@code done} through the fx executor.
     * A job id that is running already is not sent a second time: that call's result is FAILED with
     * {@code ALREADY_RUNNING} (the first call's result still comes).
     */
    public void print(PrintRequest request, Consumer<PrintResult> done) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(done, "done");
        String id = request.jobId();
        if (!configured(request.target())) {
            LOG.warn("Print job {} not sent: no {} is configured", id, request.target().role().configKey());
            deliver(done, PrintResult.failed(id, "NOT_READY", "no " + request.target().role().configKey()
                    + " configured (device." + request.target().role().configKey() + ".driver)", 0));
            return;
        }
        if (!inFlight.add(id)) {
            LOG.warn("Print job {} is running already; the second request is not sent", id);
            deliver(done, PrintResult.failed(id, ALREADY_RUNNING, "job " + id + " is being printed", 0));
            return;
        }
        CancelToken cancel = new CancelToken();
        running.add(cancel);
        try {
            background.execute(() -> {
                PrintResult result;
                try {
                    result = printNow(request, cancel);
                } finally {
                    running.remove(cancel);
                    inFlight.remove(id);
                }
                deliver(done, result);
            });
        } catch (RejectedExecutionException stopping) {
            running.remove(cancel);
            inFlight.remove(id);
            LOG.warn("Print job {} not started: the device executor is shut down", id);
            deliver(done, PrintResult.failed(id, "NOT_READY", "the device executor is shut down", 0));
        }
    }

    /** Runs on the device thread; whatever the driver throws ends in a result (see {@link DeviceCall}). */
    private PrintResult printNow(PrintRequest request, CancelToken cancel) {
        String id = request.jobId();
        String role = request.target().role().configKey();
        DeviceCall call = new DeviceCall(role, Runnable::run, Runnable::run);
        Outcome<PrintResult> outcome = call.now("print job " + id, () -> Outcome.success(toResult(id,
                request.target() == PrintTarget.RECEIPT
                        ? receiptPrinter.print(id, request.receipt(), Deadline.in(receiptBudget), cancel)
                        : documentPrinter.print(id, request.document(), Deadline.in(documentBudget), cancel),
                request)));
        PrintResult result;
        if (outcome instanceof Outcome.Success<PrintResult> s) {
            result = s.value();
        } else {
            Outcome.DeviceError<PrintResult> e = (Outcome.DeviceError<PrintResult>) outcome;
            String code = switch (e.code()) {
                case DeviceCall.LINK_LOST -> "OFFLINE";
                case DeviceCall.DEVICE_NOT_READY -> "NOT_READY";
                default -> e.code();
            };
            result = PrintResult.failed(id, code, e.detail(), attemptsOrZero(call, request));
        }
        if (result.printed()) {
            LOG.info("Print job {} printed on the {} (attempt {})", id, role, result.attempts());
        } else {
            LOG.warn("Print job {} not printed on the {}: {} ({})", id, role, result.failureCode(), result.detail());
        }
        return result;
    }

    private PrintResult toResult(String id, Outcome<PrintJob> outcome, PrintRequest request) {
        if (outcome instanceof Outcome.Success<PrintJob> s) {
            PrintJob job = s.value();
            if (job.state() == PrintJobState.PRINTED) {
                return PrintResult.printed(id, job.attempts());
            }
            return PrintResult.failed(id, job.failureCode().isEmpty() ? "REJECTED" : job.failureCode(),
                    "driver returned the job in state " + job.state() + " " + job.detail(), job.attempts());
        }
        if (outcome instanceof Outcome.DeviceError<PrintJob> e) {
            return PrintResult.failed(id, e.code(), e.detail(), attempts(request));
        }
        if (outcome instanceof Outcome.TimedOut<PrintJob> t) {
            return PrintResult.failed(id, "TIMED_OUT", t.operation() + " did not finish within " + t.after(),
                    attempts(request));
        }
        Outcome.Cancelled<PrintJob> c = (Outcome.Cancelled<PrintJob>) outcome;
        return PrintResult.failed(id, "CANCELLED", c.operation() + " cancelled", attempts(request));
    }

    private int attemptsOrZero(DeviceCall call, PrintRequest request) {
        return call.now("job lookup " + request.jobId(), () -> Outcome.success(attempts(request)))
                instanceof Outcome.Success<Integer> n ? n.value() : 0;
    }

    private int attempts(PrintRequest request) {
        var job = request.target() == PrintTarget.RECEIPT ? receiptPrinter.job(request.jobId())
                : documentPrinter.job(request.jobId());
        return job.map(PrintJob::attempts).orElse(0);
    }

    /** Cancels every running job (the session was wiped); their results come back CANCELLED. */
    public void cancelAll() {
        for (CancelToken token : running) {
            token.cancel();
        }
    }

    private void deliver(Consumer<PrintResult> done, PrintResult result) {
        try {
            fx.execute(() -> done.accept(result));
        } catch (RejectedExecutionException | IllegalStateException stopping) {
            LOG.debug("Print result of job {} dropped: the UI is shutting down", result.jobId());
        }
    }

    /** Builds a {@link PrintService}; printers are optional (a kiosk may have none). */
    public static final class Builder {
        private ReceiptPrinter receiptPrinter;
        private DocumentPrinter documentPrinter;
        private Executor background;
        private Executor fx;
        private Duration receiptBudget = DEFAULT_RECEIPT_BUDGET;
        private Duration documentBudget = DEFAULT_DOCUMENT_BUDGET;

        private Builder() {
        }

        public Builder receiptPrinter(ReceiptPrinter printer) {
            this.receiptPrinter = printer;
            return this;
        }

        public Builder documentPrinter(DocumentPrinter printer) {
            this.documentPrinter = printer;
            return this;
        }

        /** Runs print jobs (a device thread); tests pass {@code Runnable::run}. */
        public Builder background(Executor executor) {
            this.background = executor;
            return this;
        }

        /** Delivers results ({@code Platform::runLater}); tests pass {@code Runnable::run}. */
        public Builder fx(Executor executor) {
            this.fx = executor;
            return this;
        }

        public Builder receiptBudget(Duration budget) {
            this.receiptBudget = budget;
            return this;
        }

        public Builder documentBudget(Duration budget) {
            this.documentBudget = budget;
            return this;
        }

        public PrintService build() {
            return new PrintService(this);
        }
    }
}
