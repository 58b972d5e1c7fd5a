package org.budayang.driver.escpos;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Lifecycle;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.JobBook;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.printer.ReceiptPrinter;
import org.budayang.driver.runtime.OperationGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code escpos} driver: an ESC/POS receipt printer over any {@link Link} (serial, USB printer device file,
 * TCP 9100).
 *
 * <ul>
 *   <li>open: opens the link and asks the real-time status ({@code DLE EOT 1..4}); a printer that does not answer
 *       within {@link EscPosSettings#statusTimeout()} fails the open with {@link LinkLostException}, so that the
 *       supervisor retries.</li>
 *   <li>print: see {@link PrintRun}: status, send, wait until processed (watching for paper out), status.</li>
 *   <li>refreshStatus (the supervisor's health poll): {@code DLE EOT 1..4}.</li>
 * </ul>
 * Operations run one at a time through an {@link OperationGate}.
 */
public final class EscPosPrinter implements ReceiptPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(EscPosPrinter.class);
    public static final String DRIVER_NAME = "escpos";

    private final String role;
    private final EscPosSettings settings;
    private final LinkOpener opener;
    private final Lifecycle lifecycle;
    private final OperationGate gate;
    private final StatusBoard board;
    private final JobBook<PrintJob> jobs;
    private final ReceiptEncoder encoder;
    private volatile StatusWire wire;

    public EscPosPrinter(String role, EscPosSettings settings, LinkOpener opener, Clock clock) {
        this.role = Objects.requireNonNull(role, "role");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.lifecycle = new Lifecycle(role + " (" + DRIVER_NAME + ")");
        this.gate = new OperationGate(lifecycle.device());
        this.board = new StatusBoard(lifecycle.device(), Objects.requireNonNull(clock, "clock"));
        this.jobs = new JobBook<>(settings.jobMemory(), PrintJob::id);
        this.encoder = new ReceiptEncoder(settings.columns(), settings.encoding());
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

    public EscPosSettings settings() {
        return settings;
    }

    /** The encoder this printer uses (its columns and encoding). */
    public ReceiptEncoder encoder() {
        return encoder;
    }

    @Override
    public void open() throws LinkLostException {
        lifecycle.open(() -> {
            Link link = opener.open();
            StatusWire opened = new StatusWire(link);
            try {
                opened.discardInput();
                StatusWire.Reply reply = opened.query(Deadline.in(settings.statusTimeout()), CancelToken.none());
                if (!(reply instanceof StatusWire.Reply.Answer answer)) {
                    String what = "the printer gave no status answer to DLE EOT within "
                            + settings.statusTimeout().toMillis() + " ms (" + reply + "); check its power and cable,"
                            + " the port, the baud rate and that it speaks ESC/POS";
                    board.offline(what);
                    throw new LinkLostException(link.describe(), what);
                }
                board.answered(answer.status(), link.describe());
            } catch (LinkLostException | RuntimeException e) {
                link.close();
                throw e;
            }
            wire = opened;
            LOG.info("{} opened: {}", lifecycle.device(), board.status().detail());
        });
    }

    @Override
    public void enable() throws LinkLostException {
        lifecycle.enable();
    }

    @Override
    public void disable() throws LinkLostException {
        lifecycle.disable();
    }

    @Override
    public void close() {
        lifecycle.closeIfOpen(() -> {
            StatusWire open = wire;
            wire = null;
            if (open != null) {
                open.link().close();
            }
            board.offline("closed");
        });
    }

    @Override
    public DeviceStatus status() {
        return board.status();
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) {
        return board.onStatus(listener);
    }

    @Override
    public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) throws LinkLostException {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cancel, "cancel");
        lifecycle.requireOpen("refreshStatus");
        return gate.run("refreshStatus", deadline, cancel, (d, c) -> {
            StatusWire open = requireWire("refreshStatus");
            try {
                open.discardInput();
                long start = System.nanoTime();
                StatusWire.Reply reply = open.query(d.atMost(settings.statusTimeout()), c);
                return statusOutcome(reply, open, "refreshStatus", start).map(ignored -> board.status());
            } catch (LinkLostException lost) {
                board.offline("link lost: " + lost.getMessage());
                throw lost;
            }
        });
    }

    /**
     * What a status request means: the answer published, or OFFLINE after a full status timeout of silence.
     * The success value is the printer's status bytes.
     */
    Outcome<PrinterStatus> statusOutcome(StatusWire.Reply reply, StatusWire open, String operation, long startNanos) {
        if (reply instanceof StatusWire.Reply.Answer answer) {
            board.answered(answer.status(), open.link().describe());
            return Outcome.success(answer.status());
        }
        if (reply instanceof StatusWire.Reply.Cancelled) {
            return Outcome.cancelled(operation);
        }
        StatusWire.Reply.NoAnswer none = (StatusWire.Reply.NoAnswer) reply;
        if (none.after().compareTo(settings.statusTimeout()) >= 0) {
            board.offline("no status answer to DLE EOT within " + none.after().toMillis() + " ms"
                    + (none.invalidBytes() > 0 ? " (" + none.invalidBytes() + " bytes that are not status replies:"
                    + " wrong baud rate or not an ESC/POS printer?)" : "") + " (" + open.link().describe()
                    + "); check the printer's power and cable");
        }
        return Outcome.timedOut(operation + ": status request (DLE EOT) unanswered", none.after());
    }

    @Override
    public Outcome<PrintJob> print(String jobId, Receipt receipt, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        PrintJob.requireJobId(jobId);
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cancel, "cancel");
        lifecycle.requireEnabled("print");
        byte[] bytes = encoder.encode(receipt);
        return gate.run("print", deadline, cancel, (d, c) -> {
            StatusWire open = requireWire("print");
            return new PrintRun(this, open, jobs, board, settings).run(jobId, bytes, d, c);
        });
    }

    @Override
    public Optional<PrintJob> job(String jobId) {
        return jobs.get(jobId);
    }

    String device() {
        return lifecycle.device();
    }

    private StatusWire requireWire(String operation) throws LinkLostException {
        StatusWire open = wire;
        if (open == null) {
            throw new LinkLostException(lifecycle.device(), operation + " failed: the link is closed");
        }
        return open;
    }
}
