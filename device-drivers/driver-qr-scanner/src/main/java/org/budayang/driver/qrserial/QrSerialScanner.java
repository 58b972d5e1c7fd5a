package org.budayang.driver.qrserial;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
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
import org.budayang.driver.runtime.OperationGate;
import org.budayang.driver.scanner.CodeScanner;
import org.budayang.driver.scanner.ScannedCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code qr-serial} driver: a QR / barcode scanner that sends each code as a line, over any {@link Link}.
 *
 * <ul>
 *   <li>open: opens the link, starts reading it, and (unless {@code probe=none}) sends the probe once; a scanner
 *       that does not answer within {@code probe-timeout} fails the open with {@link LinkLostException}, so that
 *       the supervisor retries.</li>
 *   <li>enable: codes are delivered to listeners and to {@link #awaitCode}; while only OPEN they are read and
 *       ignored (a citizen waving a phone at an idle kiosk starts nothing).</li>
 *   <li>awaitCode: one caller at a time ({@link OperationGate}); the next code after the call.</li>
 *   <li>refreshStatus: sends the probe; no answer within the deadline or {@code probe-timeout} is OFFLINE,
 *       an answer is ONLINE. Probes run one at a time, beside a waiting awaitCode: a scanner answers its command
 *       set while it waits for a code, and awaitCode writes nothing.</li>
 * </ul>
 */
public final class QrSerialScanner implements CodeScanner {
    private static final Logger LOG = LoggerFactory.getLogger(QrSerialScanner.class);
    public static final String DRIVER_NAME = "qr-serial";

    private final String role;
    private final QrSerialSettings settings;
    private final LinkOpener opener;
    private final Clock clock;
    private final Lifecycle lifecycle;
    private final ScannerBoard board;
    private final CodeBox box;
    private final OperationGate gate;
    private final ProbeLine probes;
    private final Map<DropReason, AtomicLong> drops = new EnumMap<>(DropReason.class);
    private final AtomicLong ignored = new AtomicLong();
    private volatile Link link;
    private volatile LinePump pump;
    private volatile LinkLostException lost;

    public QrSerialScanner(String role, QrSerialSettings settings, LinkOpener opener, Clock clock) {
        this.role = Objects.requireNonNull(role, "role");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifecycle = new Lifecycle(role + " (" + DRIVER_NAME + ")");
        this.board = new ScannerBoard(lifecycle.device(), clock);
        this.box = new CodeBox(lifecycle.device());
        this.gate = new OperationGate(lifecycle.device());
        this.probes = new ProbeLine(settings.probe());
        for (DropReason reason : DropReason.values()) {
            drops.put(reason, new AtomicLong());
        }
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

    public QrSerialSettings settings() {
        return settings;
    }

    /** How many lines were dropped, by reason, since this scanner was created (never delivered as codes). */
    public Map<DropReason, Long> dropped() {
        Map<DropReason, Long> counts = new EnumMap<>(DropReason.class);
        drops.forEach((reason, count) -> counts.put(reason, count.get()));
        return Collections.unmodifiableMap(counts);
    }

    /** How many valid codes arrived while the scanner was OPEN but not ENABLED (ignored). */
    public long ignoredWhileDisabled() {
        return ignored.get();
    }

    @Override
    public void open() throws LinkLostException {
        lifecycle.open(() -> {
            Link opened = opener.open();
            board.linkOpened(opened.describe());
            lost = null;
            box.reset();
            link = opened;
            LinePump started = new LinePump(opened, new LineFramer(settings, new Sink()), settings.lineTimeout(),
                    this::linkLost, "qr-serial " + role);
            pump = started;
            started.start();
            try {
                firstProbe(opened);
            } catch (LinkLostException | RuntimeException e) {
                release();
                throw e;
            }
        });
    }

    private void firstProbe(Link opened) throws LinkLostException {
        if (settings.probe() == Probe.NONE) {
            board.online("link open, probe none");
            return;
        }
        ProbeLine.Result result = probes.probe(opened, Deadline.in(settings.probeTimeout()), CancelToken.none(),
                this::throwIfLost);
        if (!(result instanceof ProbeLine.Result.Answered answered)) {
            String what = "no answer to the " + settings.probe().name().toLowerCase() + " probe within "
                    + settings.probeTimeout().toMillis() + " ms at open";
            board.noAnswer(what);
            throw new LinkLostException(opened.describe(), what + "; check the scanner's power and cable, the port"
                    + " and baud rate, and that 'probe' names its command set (or set probe=none)");
        }
        board.online("probe answered " + Probe.describeStatus(answered.status()));
        LOG.info("{} opened: {}", lifecycle.device(), board.status().detail());
    }

    @Override
    public void enable() throws LinkLostException {
        lifecycle.enable(() -> {
            throwIfLost();
            box.reset();
        });
    }

    @Override
    public void disable() throws LinkLostException {
        lifecycle.disable(box::disabled);
    }

    @Override
    public void close() {
        lifecycle.closeIfOpen(() -> {
            box.disabled();
            release();
            board.closed();
        });
    }

    private void release() {
        LinePump running = pump;
        Link open = link;
        pump = null;
        link = null;
        if (running != null) {
            running.requestStop();
        }
        if (open != null) {
            open.close();
        }
        if (running != null) {
            running.stop();
        }
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
    public AutoCloseable onCode(Consumer<ScannedCode> listener) {
        return box.onCode(listener);
    }

    @Override
    public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) throws LinkLostException {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cancel, "cancel");
        lifecycle.requireOpen("refreshStatus");
        Link open = link;
        throwIfLost();
        if (open == null) {
            throw new LinkLostException(lifecycle.device(), "refreshStatus failed: the link is closed");
        }
        if (settings.probe() == Probe.NONE) {
            board.online("link open, probe none");
            return Outcome.success(board.status());
        }
        Deadline wait = deadline.atMost(settings.probeTimeout());
        ProbeLine.Result result = probes.probe(open, wait, cancel, this::throwIfLost);
        if (result instanceof ProbeLine.Result.Answered answered) {
            board.online("probe answered " + Probe.describeStatus(answered.status()) + "; " + dropSummary());
            return Outcome.success(board.status());
        }
        if (result instanceof ProbeLine.Result.Busy) {
            return cancel.isCancelled() ? Outcome.cancelled("refreshStatus")
                    : Outcome.timedOut("refreshStatus: another probe was running", deadline.budget());
        }
        if (cancel.isCancelled()) {
            return Outcome.cancelled("refreshStatus");
        }
        Duration after = wait.budget();
        board.noAnswer("no answer to the " + settings.probe().name().toLowerCase() + " probe within "
                + after.toMillis() + " ms");
        return Outcome.timedOut("refreshStatus: " + settings.probe().name().toLowerCase() + " probe", after);
    }

    @Override
    public Outcome<ScannedCode> awaitCode(Deadline deadline, CancelToken cancel) throws LinkLostException {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cancel, "cancel");
        lifecycle.requireEnabled("awaitCode");
        long after = box.mark();
        cancel.onCancel(box::wake);
        return gate.run("awaitCode", deadline, cancel, (d, c) -> {
            throwIfLost();
            return box.await(after, d, c);
        });
    }

    private void throwIfLost() throws LinkLostException {
        LinkLostException cause = lost;
        if (cause != null) {
            String prefix = cause.link() + ": ";
            String what = cause.getMessage().startsWith(prefix) ? cause.getMessage().substring(prefix.length())
                    : cause.getMessage();
            throw new LinkLostException(cause.link(), what, cause);
        }
    }

    private void linkLost(LinkLostException cause) {
        lost = cause;
        board.linkLost(cause.getMessage());
        box.lost(cause);
        probes.wake();
    }

    private String dropSummary() {
        StringBuilder text = new StringBuilder("dropped lines:");
        long total = 0;
        for (Map.Entry<DropReason, AtomicLong> entry : drops.entrySet()) {
            long count = entry.getValue().get();
            total += count;
            if (count > 0) {
                text.append(' ').append(entry.getKey()).append('=').append(count);
            }
        }
        return total == 0 ? "no dropped lines" : text.toString();
    }

    /** The framer's findings, on the pump thread. */
    private final class Sink implements LineFramer.Sink {
        @Override
        public void code(String text) {
            if (lifecycle.state() != LifecycleState.ENABLED) {
                ignored.incrementAndGet();
                LOG.debug("{}: a code of {} chars arrived while {}; ignored", lifecycle.device(), text.length(),
                        lifecycle.state());
                return;
            }
            box.deliver(new ScannedCode(text, clock.instant()));
        }

        @Override
        public void dropped(DropReason reason, String detail) {
            long count = drops.get(reason).incrementAndGet();
            // a noisy line (wrong baud rate) drops many lines: log the 1st, 2nd, 4th, 8th… of each reason
            if (Long.bitCount(count) == 1) {
                LOG.info("{}: dropped a line ({}: {}); {} so far for this reason", lifecycle.device(), reason, detail,
                        count);
            } else {
                LOG.debug("{}: dropped a line ({}: {}); {} so far for this reason", lifecycle.device(), reason,
                        detail, count);
            }
        }

        @Override
        public void probeReply(byte status) {
            probes.replied(status);
        }
    }
}
