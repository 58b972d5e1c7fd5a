package org.budayang.driver.cashssp;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Lifecycle;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.driver.cash.CashCounters;
import org.budayang.driver.cash.CashEvent;
import org.budayang.driver.cash.CreditJournal;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cash.EscrowPolicy;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.runtime.OperationGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code cash-ssp} driver: an ITL banknote validator speaking SSP (protocols/cash-ssp.md) over any {@link Link}.
 *
 * <ul>
 *   <li>open: SYNC, HOST_PROTOCOL_VERSION, SETUP_REQUEST (currency and channel values), all channels inhibited,
 *       DISABLE. The first poll tries POLL_WITH_ACK and falls back to POLL on firmware that does not know it. An acceptor that does not
 *       answer fails the open with {@link LinkLostException} (the supervisor retries); one in another currency with a
 *       configuration error (no retry).</li>
 *   <li>enable: the poll thread ({@link PollCycle} every poll interval); notes are still refused.</li>
 *   <li>acceptNotes / stopAccepting: channel inhibits and ENABLE / DISABLE; refreshStatus runs one poll cycle.</li>
 * </ul>
 * Every operation and every poll goes through one {@link OperationGate}.
 */
public final class SspCashAcceptor implements CashAcceptor {
    private static final Logger LOG = LoggerFactory.getLogger(SspCashAcceptor.class);
    public static final String DRIVER_NAME = "cash-ssp";

    private final String role;
    private final SspSettings settings;
    private final LinkOpener opener;
    private final Lifecycle lifecycle;
    private final OperationGate gate;
    private final CashBoard board;
    private final PollCycle cycle;
    private volatile Wire wire;
    private volatile Poller poller;
    private volatile CreditJournal journal;
    private volatile EscrowPolicy escrow = EscrowPolicy.rejectAll();
    private volatile Map<Integer, Denomination> channels = Map.of();
    private volatile Set<Denomination> accepting = Set.of();

    public SspCashAcceptor(String role, SspSettings settings, LinkOpener opener, Clock clock) {
        this.role = Objects.requireNonNull(role, "role");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.lifecycle = new Lifecycle(role + " (" + DRIVER_NAME + ")");
        this.gate = new OperationGate(lifecycle.device());
        this.board = new CashBoard(lifecycle.device(), Objects.requireNonNull(clock, "clock"));
        byte[] run = new byte[4];
        new SecureRandom().nextBytes(run);
        this.cycle = new PollCycle(lifecycle.device(), board, new CycleHost(), HexFormat.of().formatHex(run));
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

    String device() {
        return lifecycle.device();
    }

    @Override
    public void useJournal(CreditJournal journal) {
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    @Override
    public Set<Denomination> denominations() {
        return channels.values().stream().collect(Collectors.toCollection(() -> EnumSet.noneOf(Denomination.class)));
    }

    /** Whether the acceptor repeats events until EVENT_ACK (known after the first poll; until then assumed). */
    public boolean acknowledgedPolling() {
        return cycle.ackMode();
    }

    @Override
    public void open() throws LinkLostException {
        lifecycle.open(() -> {
            Link link = opener.open();
            board.linkOpened(link.describe());
            Wire opened = new Wire(new SspTransport(link, settings.address(), settings.replyTimeout(),
                    settings.resends()), board);
            try {
                new SetUp(opened, settings, board, role).run(this::setUp);
            } catch (LinkLostException | RuntimeException e) {
                link.close();
                throw e;
            }
            wire = opened;
        });
    }

    private void setUp(SetUp.Result result) {
        channels = result.channels();
        accepting = Set.of(); // the set-up disabled the acceptor: notes again only through acceptNotes
        escrow = EscrowPolicy.rejectAll();
        board.accepting("not accepting notes");
        cycle.linkOpened();
        board.identity(result.identity());
        LOG.info("{} opened: {}", lifecycle.device(), result.identity());
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
        lifecycle.disable(() -> {
            stopPolling();
            Wire open = wire;
            if (open != null) {
                gate.run("disable", Deadline.in(settings.replyTimeout().multipliedBy(2)), CancelToken.none(),
                        (deadline, cancel) -> quiet(open, deadline, cancel));
            }
        });
    }

    @Override
    public void close() {
        lifecycle.closeIfOpen(() -> {
            stopPolling();
            Wire open = wire;
            wire = null;
            accepting = Set.of();
            escrow = EscrowPolicy.rejectAll();
            if (open != null) {
                open.transport().close();
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
        return gate.run("refreshStatus", deadline, cancel, (d, c) -> cycle.run(requireWire("refreshStatus"), d, c));
    }

    @Override
    public Outcome<DeviceStatus> conditionCleared(Deadline deadline, CancelToken cancel) throws LinkLostException {
        lifecycle.requireOpen("conditionCleared");
        board.staffCleared();
        return refreshStatus(deadline, cancel);
    }

    /** One poll cycle for the poll thread; skipped when the gate stays busy for a poll interval. */
    void pollOnce(CancelToken stop) throws LinkLostException {
        Wire open = wire;
        if (open == null || stop.isCancelled()) {
            return;
        }
        Deadline deadline = Deadline.in(settings.cycleBudget());
        gate.run("poll", Deadline.in(settings.pollInterval()), stop,
                (ignored, c) -> cycle.run(open, deadline, c));
    }

    @Override
    public Outcome<Set<Denomination>> acceptNotes(Set<Denomination> notes, EscrowPolicy policy, Deadline deadline,
                                                  CancelToken cancel) throws LinkLostException {
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(policy, "policy");
        lifecycle.requireEnabled("acceptNotes");
        return gate.run("acceptNotes", deadline, cancel, (d, c) -> {
            Wire open = requireWire("acceptNotes");
            if (journal == null) {
                return Outcome.deviceError("NO_JOURNAL", "acceptNotes needs a CreditJournal first (useJournal):"
                        + " credits must be journalled before anyone hears of them");
            }
            Set<Denomination> taken = EnumSet.noneOf(Denomination.class);
            taken.addAll(notes);
            taken.retainAll(denominations());
            if (taken.isEmpty()) {
                return Outcome.deviceError("NOTES_NOT_AVAILABLE", "none of " + notes + " is on a channel of the"
                        + " acceptor (it holds " + denominations() + ")");
            }
            escrow = policy;
            Outcome<SspPacket> inhibits = open.ok("acceptNotes", SspCommand.SET_CHANNEL_INHIBITS,
                    inhibitData(taken), d, c);
            if (!inhibits.isSuccess()) {
                return inhibits.map(ignored -> Set.<Denomination>of());
            }
            Outcome<SspPacket> enabled = open.ok("acceptNotes", SspCommand.ENABLE, SspCommand.ENABLE.data(), d, c);
            if (!enabled.isSuccess()) {
                return enabled.map(ignored -> Set.<Denomination>of());
            }
            accepting = Collections.unmodifiableSet(taken);
            board.accepting("accepting " + taken);
            return Outcome.success(accepting);
        });
    }

    @Override
    public Outcome<Set<Denomination>> stopAccepting(Deadline deadline, CancelToken cancel) throws LinkLostException {
        lifecycle.requireEnabled("stopAccepting");
        return gate.run("stopAccepting", deadline, cancel, (d, c) -> quiet(requireWire("stopAccepting"), d, c));
    }

    private Outcome<Set<Denomination>> quiet(Wire open, Deadline deadline, CancelToken cancel)
            throws LinkLostException {
        escrow = EscrowPolicy.rejectAll();
        accepting = Set.of();
        Outcome<SspPacket> disabled = open.ok("stopAccepting", SspCommand.DISABLE, SspCommand.DISABLE.data(),
                deadline, cancel);
        if (disabled.isSuccess()) {
            open.ok("stopAccepting", SspCommand.SET_CHANNEL_INHIBITS, SspCommand.SET_CHANNEL_INHIBITS.data(0, 0),
                    deadline, cancel);
            board.accepting("not accepting notes");
        }
        return disabled.map(ignored -> Set.<Denomination>of());
    }

    @Override
    public Outcome<CashCounters> counters(Deadline deadline, CancelToken cancel) throws LinkLostException {
        lifecycle.requireOpen("counters");
        return gate.run("counters", deadline, cancel, (d, c) -> {
            Outcome<SspPacket> reply = requireWire("counters").ok("counters", SspCommand.GET_COUNTERS,
                    SspCommand.GET_COUNTERS.data(), d, c);
            if (!(reply instanceof Outcome.Success<SspPacket> ok)) {
                return reply.map(ignored -> new CashCounters(0, 0, 0, 0, 0));
            }
            SspPacket packet = ok.value();
            if (packet.length() < 22) {
                return Outcome.deviceError("SSP_BAD_COUNTERS", "GET_COUNTERS reply too short: " + packet.dataHex());
            }
            return Outcome.success(new CashCounters(le32(packet, 2), le32(packet, 6), le32(packet, 10),
                    le32(packet, 14), le32(packet, 18)));
        });
    }

    private static long le32(SspPacket packet, int at) {
        return packet.at(at) | (long) packet.at(at + 1) << 8 | (long) packet.at(at + 2) << 16
                | (long) packet.at(at + 3) << 24;
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) {
        return board.onStatus(listener);
    }

    @Override
    public AutoCloseable onCashEvent(Consumer<CashEvent> listener) {
        return board.onCash(listener);
    }

    /** The inhibit bytes with a bit set for each channel that holds one of {@code notes}. */
    private byte[] inhibitData(Set<Denomination> notes) {
        int mask = 0;
        for (Map.Entry<Integer, Denomination> channel : new TreeMap<>(channels).entrySet()) {
            if (notes.contains(channel.getValue()) && channel.getKey() <= 16) {
                mask |= 1 << (channel.getKey() - 1);
            }
        }
        return SspCommand.SET_CHANNEL_INHIBITS.data(mask & 0xFF, (mask >>> 8) & 0xFF);
    }

    private Wire requireWire(String operation) throws LinkLostException {
        Wire open = wire;
        if (open == null) {
            throw new LinkLostException(lifecycle.device(), operation + " failed: the link is closed");
        }
        return open;
    }

    /** What the poll cycle reads from the acceptor. */
    private final class CycleHost implements PollCycle.Host {
        @Override
        public Map<Integer, Denomination> channels() {
            return channels;
        }

        @Override
        public EscrowPolicy escrow() {
            return escrow;
        }

        @Override
        public CreditJournal journal() {
            return journal;
        }

        @Override
        public void setUpAgain(Deadline deadline, CancelToken cancel) throws LinkLostException {
            Wire open = requireWire("setUpAgain");
            LOG.warn("{}: the acceptor reset itself; setting it up again", lifecycle.device());
            open.ok("setUpAgain", SspCommand.HOST_PROTOCOL_VERSION,
                    SspCommand.HOST_PROTOCOL_VERSION.data(settings.protocolVersion()), deadline, cancel);
            Set<Denomination> taken = accepting;
            open.ok("setUpAgain", SspCommand.SET_CHANNEL_INHIBITS, inhibitData(taken), deadline, cancel);
            SspCommand command = taken.isEmpty() ? SspCommand.DISABLE : SspCommand.ENABLE;
            open.ok("setUpAgain", command, command.data(), deadline, cancel);
        }
    }
}
