package org.budayang.driver.idcardsam;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Lifecycle;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code idcard-sam} driver: a resident ID card reader speaking the SAM serial protocol
 * (protocols/idcard-sam.md) over any {@link Link}.
 *
 * <ul>
 *   <li>open: opens the link, asks the SAM status and SAM id (shown to technicians in the status
 *       detail); a reader that does not answer within the command timeout fails the open with
 *       {@link LinkLostException}, so that the supervisor retries.</li>
 *   <li>enable: starts a poll thread that sends find-card every {@link SamSettings#pollInterval()} (and
 *       SAM status in addition on every fifth poll), emits PLACED / REMOVED events and keeps CARD_PRESENT in the status;
 *       a reader that stops answering is OFFLINE, and ONLINE again at its next answer.</li>
 *   <li>readCard: find → select → read, one operation at a time (polls included).</li>
 * </ul>
 */
public final class SamIdCardReader implements IdCardReader {
    private static final Logger LOG = LoggerFactory.getLogger(SamIdCardReader.class);
    public static final String DRIVER_NAME = "idcard-sam";

    private final String role;
    private final SamSettings settings;
    private final LinkOpener opener;
    private final Lifecycle lifecycle;
    private final StatusBoard board;
    private final ReentrantLock operation = new ReentrantLock(true);
    private volatile FrameChannel channel;
    private volatile Poller poller;

    public SamIdCardReader(String role, SamSettings settings, LinkOpener opener, Clock clock) {
        this.role = Objects.requireNonNull(role, "role");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.lifecycle = new Lifecycle(role + " (" + DRIVER_NAME + ")");
        this.board = new StatusBoard(lifecycle.device(), Objects.requireNonNull(clock, "clock"));
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

    public SamSettings settings() {
        return settings;
    }

    @Override
    public void open() throws LinkLostException {
        lifecycle.open(() -> {
            Link link = opener.open();
            board.linkOpened(link.describe());
            FrameChannel opened = new FrameChannel(link, settings.commandTimeout(), settings.quietGap());
            try {
                identify(opened, link);
            } catch (LinkLostException | RuntimeException e) {
                link.close();
                throw e;
            }
            channel = opened;
        });
    }

    private void identify(FrameChannel opened, Link link) throws LinkLostException {
        Exchange status = opened.exchange(Command.SAM_STATUS, Deadline.in(settings.answerLimit()),
                CancelToken.none());
        if (!(status instanceof Exchange.Answer answer)) {
            String what = "the reader gave no valid answer to SAM status within " + settings.commandTimeout().toMillis()
                    + " ms (" + describe(status) + "); check its power and cable, the port and the baud rate";
            board.linkLost(what);
            throw new LinkLostException(link.describe(), what);
        }
        String samId = "SAM id unknown";
        Exchange id = opened.exchange(Command.SAM_ID, Deadline.in(settings.answerLimit()), CancelToken.none());
        if (id instanceof Exchange.Answer idAnswer && idAnswer.response().sw3() == Sw3.SUCCESS.code()) {
            try {
                samId = "SAM " + SamId.format(idAnswer.response().data());
            } catch (SamProtocolException badId) {
                samId = "SAM id unreadable: " + badId.getMessage();
            }
        }
        board.identity(samId + ", " + link.describe());
        board.samStatus(answer.response().status().orElseThrow());
        LOG.info("{} opened: {}", lifecycle.device(), board.status().detail());
    }

    private static String describe(Exchange exchange) {
        if (exchange instanceof Exchange.NoAnswer) {
            return "silence";
        }
        if (exchange instanceof Exchange.Truncated cut) {
            return "cut answer: " + cut.detail();
        }
        if (exchange instanceof Exchange.Corrupt corrupt) {
            return corrupt.problem().getMessage();
        }
        return exchange.getClass().getSimpleName();
    }

    @Override
    public void enable() throws LinkLostException {
        lifecycle.enable(() -> {
            Poller started = new Poller(this, settings);
            poller = started;
            started.start(lifecycle.device());
        });
    }

    @Override
    public void disable() throws LinkLostException {
        lifecycle.disable(this::stopPolling);
    }

    @Override
    public void close() {
        lifecycle.closeIfOpen(() -> {
            stopPolling();
            FrameChannel open = channel;
            channel = null;
            if (open != null) {
                open.close();
            }
            board.closed();
        });
    }

    private void stopPolling() {
        Poller running = poller;
        poller = null;
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public DeviceStatus status() {
        return board.status();
    }

    @Override
    public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) throws LinkLostException {
        lifecycle.requireOpen("refreshStatus");
        if (!lock(deadline, cancel)) {
            return cancel.isCancelled() ? Outcome.cancelled("refreshStatus")
                    : Outcome.timedOut("refreshStatus: the reader stayed busy with another operation", deadline.budget());
        }
        try {
            FrameChannel open = requireChannel("refreshStatus");
            Exchange exchange = open.exchange(Command.SAM_STATUS, deadline.atMost(settings.answerLimit()), cancel);
            if (exchange instanceof Exchange.Answer answer) {
                board.answered();
                board.samStatus(answer.response().status().orElseThrow());
                return Outcome.success(board.status());
            }
            if (exchange instanceof Exchange.Cancelled) {
                return Outcome.cancelled("refreshStatus");
            }
            if (exchange instanceof Exchange.NoAnswer none) {
                if (none.after().compareTo(settings.commandTimeout()) >= 0) {
                    board.noAnswer(Command.SAM_STATUS, none.after());
                }
                return Outcome.timedOut("refreshStatus: SAM status", none.after());
            }
            board.answered();
            return Outcome.deviceError("CORRUPT_ANSWER", "SAM status: " + describe(exchange));
        } catch (LinkLostException lost) {
            board.linkLost(lost.getMessage());
            throw lost;
        } finally {
            operation.unlock();
        }
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) {
        return board.onStatus(listener);
    }

    @Override
    public AutoCloseable onCardEvent(Consumer<CardEvent> listener) {
        return board.onCard(listener);
    }

    @Override
    public Outcome<IdCard> readCard(Deadline deadline, CancelToken cancel) throws LinkLostException {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cancel, "cancel");
        lifecycle.requireEnabled("readCard");
        if (!lock(deadline, cancel)) {
            return cancel.isCancelled() ? Outcome.cancelled("readCard")
                    : Outcome.timedOut("readCard: the reader stayed busy with another operation", deadline.budget());
        }
        long started = System.nanoTime();
        try {
            FrameChannel open = requireChannel("readCard");
            board.busy(true);
            Outcome<IdCard> outcome = new CardReading(() -> open, settings, board, deadline, cancel).run();
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}: readCard gave {} in {} ms", lifecycle.device(), outcome.valueIfSuccess()
                        .map(IdCard::maskedIdNumber).orElse(outcome.toString()), (System.nanoTime() - started) / 1_000_000);
            }
            return outcome;
        } catch (LinkLostException lost) {
            board.linkLost(lost.getMessage());
            throw lost;
        } finally {
            board.busy(false);
            operation.unlock();
        }
    }

    /** Waits for the running operation (a poll, another caller) in short slices, honouring the cancel token. */
    private boolean lock(Deadline deadline, CancelToken cancel) {
        try {
            while (!cancel.isCancelled()) {
                long slice = Math.min(deadline.remaining().toNanos(), TimeUnit.MILLISECONDS.toNanos(20));
                if (operation.tryLock(slice, TimeUnit.NANOSECONDS)) {
                    return true;
                }
                if (deadline.expired()) {
                    return false;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private FrameChannel requireChannel(String operationName) throws LinkLostException {
        FrameChannel open = channel;
        if (open == null) {
            throw new LinkLostException(lifecycle.device(), operationName + " failed: the link is closed");
        }
        return open;
    }

    // ---- for the poller (same package) ----

    ReentrantLock operationLock() {
        return operation;
    }

    FrameChannel channelOrNull() {
        return channel;
    }

    StatusBoard board() {
        return board;
    }

    String device() {
        return lifecycle.device();
    }
}
