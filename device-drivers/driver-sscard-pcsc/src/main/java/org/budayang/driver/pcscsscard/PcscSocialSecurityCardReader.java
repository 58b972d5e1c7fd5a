package org.budayang.driver.pcscsscard;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Lifecycle;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.runtime.OperationGate;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.budayang.driver.sscard.SocialSecurityCardReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code pcsc-sscard} driver: a 社会保障卡 in any PC/SC reader, read with plain APDUs ({@link BasicsCodec}).
 *
 * <ul>
 *   <li>open: a fresh PC/SC context ({@link TerminalSource#open()}, so a restarted pcscd is picked up), the
 *       reader chosen by the {@code reader} setting; no service, no reader → {@link LinkLostException} and
 *       OFFLINE with the reason (the supervisor retries).</li>
 *   <li>enable: a {@link CardWatcher} emits PLACED / REMOVED and keeps CARD_PRESENT.</li>
 *   <li>readCard / refreshStatus: one at a time ({@link OperationGate}); the PC/SC calls run on a
 *       {@link PcscWorker} so that deadlines and cancels hold even when PC/SC blocks.</li>
 * </ul>
 */
public final class PcscSocialSecurityCardReader implements SocialSecurityCardReader {
    private static final Logger LOG = LoggerFactory.getLogger(PcscSocialSecurityCardReader.class);
    public static final String DRIVER_NAME = "pcsc-sscard";
    private static final Duration OPEN_LIMIT = Duration.ofSeconds(3);

    private final String role;
    private final PcscSettings settings;
    private final TerminalSource source;
    private final Lifecycle lifecycle;
    private final ReaderBoard board;
    private final OperationGate gate;
    private volatile Session session;
    private volatile CardWatcher watcher;

    /** What an open reader holds: its worker and the terminal on the worker's PC/SC context. */
    private record Session(PcscWorker worker, CardTerminals terminals, CardTerminal terminal, String link) {
    }

    public PcscSocialSecurityCardReader(String role, PcscSettings settings, TerminalSource source, Clock clock) {
        this.role = Objects.requireNonNull(role, "role");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.source = Objects.requireNonNull(source, "source");
        this.lifecycle = new Lifecycle(role + " (" + DRIVER_NAME + ")");
        this.board = new ReaderBoard(lifecycle.device(), Objects.requireNonNull(clock, "clock"));
        this.gate = new OperationGate(lifecycle.device());
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

    @Override
    public void open() throws LinkLostException {
        lifecycle.open(() -> {
            PcscWorker worker = new PcscWorker("pcsc-sscard " + role);
            // What the call opened, until it is a session's: a call that answers after the deadline has its
            // context released by the worker's close action, which runs after it (one thread).
            AtomicReference<CardTerminals> opened = new AtomicReference<>();
            PcscWorker.Result<Session> found = worker.run(() -> {
                CardTerminals terminals = source.open();
                opened.set(terminals);
                try {
                    CardTerminal terminal = choose(terminals);
                    return new Session(worker, terminals, terminal, source.describe() + " reader '"
                            + terminal.getName() + "'");
                } catch (CardException | NoReader | RuntimeException e) {
                    opened.set(null);
                    source.release(terminals);
                    throw e;
                }
            }, Deadline.in(OPEN_LIMIT), CancelToken.none());
            if (found instanceof PcscWorker.Result.Done<Session> done) {
                session = done.value();
                board.online(done.value().link());
                LOG.info("{} opened: {}", lifecycle.device(), done.value().link());
                return;
            }
            worker.close(() -> releaseLate(opened));
            String why = found instanceof PcscWorker.Result.Failed<Session> failed ? problem(failed.error())
                    : source.describe() + " did not answer within " + OPEN_LIMIT.toMillis() + " ms (is pcscd hung?)";
            board.offline(why);
            throw new LinkLostException(source.describe(), why);
        });
    }

    /** Releases the context a call the caller gave up on opened (runs on the worker, after that call). */
    private void releaseLate(AtomicReference<CardTerminals> opened) {
        CardTerminals late = opened.getAndSet(null);
        if (late != null) {
            LOG.info("{}: releasing the PC/SC context of a call that answered after its deadline", lifecycle.device());
            source.release(late);
        }
    }

    private CardTerminal choose(CardTerminals terminals) throws CardException, NoReader {
        List<CardTerminal> all = terminals.list();
        List<String> names = all.stream().map(CardTerminal::getName).toList();
        for (CardTerminal terminal : all) {
            if (settings.reader().isEmpty() || terminal.getName().contains(settings.reader().get())) {
                return terminal;
            }
        }
        throw new NoReader(settings.reader().isEmpty()
                ? source.describe() + ": no reader attached (readers: " + names + "); plug the reader in"
                : source.describe() + ": no reader matching '" + settings.reader().get() + "'; readers: " + names
                        + "; fix the setting 'reader' of role " + role + " or plug the reader in");
    }

    /** No reader fits the settings: the open fails with this message. */
    private static final class NoReader extends Exception {
        NoReader(String message) {
            super(message, null, false, false);
        }
    }

    private static String problem(Exception error) {
        return error instanceof NoReader ? error.getMessage() : PcscErrors.serviceProblem(error);
    }

    @Override
    public void enable() throws LinkLostException {
        lifecycle.enable(() -> {
            Session open = requireSession("enable");
            AtomicReference<CardTerminals> opened = new AtomicReference<>();
            PcscWorker.Result<CardTerminals> result = open.worker().run(() -> {
                CardTerminals terminals = source.open();
                opened.set(terminals);
                return terminals;
            }, Deadline.in(OPEN_LIMIT), CancelToken.none());
            if (!(result instanceof PcscWorker.Result.Done<CardTerminals> done)) {
                open.worker().later(() -> releaseLate(opened));
                Exception error = result instanceof PcscWorker.Result.Failed<CardTerminals> failed ? failed.error()
                        : null;
                String why = error != null ? PcscErrors.serviceProblem(error)
                        : source.describe() + " did not answer within " + OPEN_LIMIT.toMillis()
                                + " ms (is pcscd hung?)";
                board.offline(why);
                throw new LinkLostException(open.link(), "enable: " + why, error);
            }
            CardTerminals own = done.value();
            CardWatcher started = new CardWatcher(lifecycle.device(), own.getTerminal(open.terminal().getName()),
                    settings.pollInterval(), board, () -> source.release(own));
            watcher = started;
            started.start();
        });
    }

    @Override
    public void disable() throws LinkLostException {
        lifecycle.disable(this::stopWatching);
    }

    @Override
    public void close() {
        lifecycle.closeIfOpen(() -> {
            stopWatching();
            Session open = session;
            session = null;
            if (open != null) {
                open.worker().close(() -> source.release(open.terminals()));
            }
            board.closed();
        });
    }

    private void stopWatching() {
        CardWatcher running = watcher;
        watcher = null;
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
    public AutoCloseable onCardEvent(Consumer<CardEvent> listener) {
        return board.onCard(listener);
    }

    @Override
    public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) throws LinkLostException {
        lifecycle.requireOpen("refreshStatus");
        return gate.run("refreshStatus", deadline, cancel, (d, c) -> {
            Session open = requireSession("refreshStatus");
            PcscWorker.Result<Boolean> seen = open.worker().run(() -> {
                List<String> names = open.terminals().list().stream().map(CardTerminal::getName).toList();
                if (!names.contains(open.terminal().getName())) {
                    throw new NoReader("reader '" + open.terminal().getName() + "' is gone; readers: " + names);
                }
                return open.terminal().isCardPresent();
            }, d, c);
            if (seen instanceof PcscWorker.Result.Done<Boolean> done) {
                board.online(open.link());
                board.cardPresent(done.value());
                return Outcome.success(board.status());
            }
            if (seen instanceof PcscWorker.Result.Failed<Boolean> failed) {
                throw lost(open, "refreshStatus", failed.error());
            }
            if (seen instanceof PcscWorker.Result.TimedOut<Boolean>) {
                board.offline(source.describe() + " did not answer the status poll within " + d.budget().toMillis()
                        + " ms");
                return Outcome.timedOut("refreshStatus: " + source.describe() + " list readers", d.budget());
            }
            return Outcome.cancelled("refreshStatus");
        });
    }

    @Override
    public Outcome<SocialSecurityCard> readCard(Deadline deadline, CancelToken cancel) throws LinkLostException {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cancel, "cancel");
        lifecycle.requireEnabled("readCard");
        return gate.run("readCard", deadline, cancel, (d, c) -> {
            Session open = requireSession("readCard");
            board.busy(true);
            try {
                return readWithRetries(open, d, c);
            } finally {
                board.busy(false);
            }
        });
    }

    private Outcome<SocialSecurityCard> readWithRetries(Session open, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        for (int attempt = 1; ; attempt++) {
            PcscWorker.Result<ReadAttempt.Result> result = open.worker()
                    .run(() -> ReadAttempt.run(open.terminal()), deadline, cancel);
            if (result instanceof PcscWorker.Result.Failed<ReadAttempt.Result> failed) {
                throw lost(open, "readCard", failed.error());
            }
            if (result instanceof PcscWorker.Result.TimedOut<ReadAttempt.Result>) {
                board.offline("the card or " + source.describe() + " gave no answer within "
                        + deadline.budget().toMillis() + " ms");
                return Outcome.timedOut("readCard: the card or " + source.describe() + " did not answer",
                        deadline.budget());
            }
            if (!(result instanceof PcscWorker.Result.Done<ReadAttempt.Result> done)) {
                return Outcome.cancelled("readCard");
            }
            board.online(open.link());
            if (done.value().card() != null) {
                board.cardPresent(true);
                return Outcome.success(done.value().card());
            }
            ReadFailure failure = done.value().failure();
            if (failure.code().equals(ReadAttempt.CARD_REMOVED) || failure.code().equals(ReadAttempt.NO_CARD)) {
                board.cardPresent(false);
            }
            if (!failure.retryable() || attempt >= settings.readAttempts() || deadline.expired()) {
                return Outcome.deviceError(failure.code(), failure.detail()
                        + (attempt > 1 ? " (after " + attempt + " attempts)" : ""));
            }
            LOG.info("{}: read attempt {} of {} failed, trying again: {} {}", lifecycle.device(), attempt,
                    settings.readAttempts(), failure.code(), failure.detail());
        }
    }

    private LinkLostException lost(Session open, String operation, Exception error) {
        String why = problem(error);
        board.offline(why);
        return new LinkLostException(open.link(), operation + " failed: " + why, error);
    }

    private Session requireSession(String operation) throws LinkLostException {
        Session open = session;
        if (open == null) {
            throw new LinkLostException(source.describe(), operation + " failed: the reader is closed");
        }
        return open;
    }
}
