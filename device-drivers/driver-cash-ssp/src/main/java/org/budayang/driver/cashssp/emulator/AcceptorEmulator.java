package org.budayang.driver.cashssp.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.PacketScanner;
import org.budayang.driver.cashssp.SspCommand;
import org.budayang.driver.cashssp.SspEvent;
import org.budayang.driver.cashssp.SspPacket;
import org.budayang.driver.link.EmulatedDevice;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device side of SSP: an ITL-style banknote validator with six 人民币 channels (1, 5, 10, 20, 50, 100 元) over any
 * {@link Link}. It answers every command of protocols/cash-ssp.md, keeps the sequence bit (a packet with the same bit
 * as the last one is a resend: answered with the last reply, not executed again), repeats each poll's events until
 * EVENT_ACK (unless built without acknowledged polling), and is scriptable: notes inserted ({@link NoteMachine}), jams,
 * cash box full / removed / replaced, fraud, reset, silence, slow replies, lost requests, lost replies, corrupted
 * replies, bytes unasked. Its state outlives links; {@link #serve(Link)} runs until that link is lost.
 */
public final class AcceptorEmulator implements EmulatedDevice {
    private static final Logger LOG = LoggerFactory.getLogger(AcceptorEmulator.class);
    private static final Duration READ_SLICE = Duration.ofMillis(50);
    private static final long DELAY_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final NoteMachine notes = new NoteMachine();
    private final AcceptorCommands commands;
    private final List<Link> serving = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile boolean silent;
    private volatile Duration delay = Duration.ZERO;
    private int dropRequests;
    private int dropReplies;
    private int corruptReplies;
    private volatile java.util.function.LongConsumer creditReplySent = at -> { };
    private long packets;
    private long resendsSeen;

    /** A CNY acceptor with acknowledged polling, protocol up to 8. */
    public AcceptorEmulator() {
        this(true, 8, "CNY");
    }

    /**
     * @param acknowledgedPolling whether it knows POLL_WITH_ACK / EVENT_ACK (older firmware does not: F2)
     * @param maxProtocol         the highest host protocol version it accepts (6..8)
     * @param currency            its notes' currency, e.g. CNY
     */
    public AcceptorEmulator(boolean acknowledgedPolling, int maxProtocol, String currency) {
        this.commands = new AcceptorCommands(notes, acknowledgedPolling, maxProtocol,
                Objects.requireNonNull(currency, "currency"));
    }

    // ---- scripting ----

    public synchronized void insert(Denomination note) {
        notes.insert(Objects.requireNonNull(note, "note"));
    }

    /** A note the acceptor will not recognise (foreign, worn, fake). */
    public synchronized void insertUnrecognisable() {
        notes.insertUnrecognisable();
    }

    public synchronized void jamNextNote(boolean safe) {
        notes.jamNext(safe);
    }

    public synchronized void jamNow(boolean safe) {
        notes.jamNow(safe);
    }

    public synchronized void clearJam() {
        notes.clearJam();
    }

    public synchronized void removeCashbox() {
        notes.removeCashbox();
    }

    public synchronized void replaceCashbox() {
        notes.replaceCashbox();
    }

    /** How many notes the cash box holds before STACKER_FULL. */
    public synchronized void cashboxCapacity(int notesHeld) {
        if (notesHeld < 1) {
            throw new IllegalArgumentException("cash box capacity must be at least 1 note, got " + notesHeld);
        }
        notes.capacity(notesHeld);
    }

    public synchronized void fraud(int channel) {
        notes.fraud(channel);
    }

    public synchronized void powerDip() {
        notes.reset();
    }

    public synchronized void escrowTimeout(Duration timeout) {
        notes.escrowTimeout(Objects.requireNonNull(timeout, "timeout"));
    }

    /** The next {@code count} packets are not heard (lost on the way to the acceptor). */
    public synchronized void dropRequests(int count) {
        dropRequests = count;
    }

    /** The next {@code count} replies are not sent (the command is executed; the reply is lost). */
    public synchronized void dropReplies(int count) {
        dropReplies = count;
    }

    /** The next {@code count} replies go out with a wrong CRC. */
    public synchronized void corruptReplies(int count) {
        corruptReplies = count;
    }

    @Override
    public void silent(boolean silent) {
        this.silent = silent;
    }

    @Override
    public void slow(Duration delay) {
        this.delay = Objects.requireNonNull(delay, "delay");
    }

    // ---- what it did ----

    /** The value of every note credited so far, in fen. */
    public synchronized long creditedFen() {
        return notes.creditedFen();
    }

    public synchronized long credits() {
        return notes.credits();
    }

    public synchronized long stacked() {
        return notes.stacked();
    }

    public synchronized long rejected() {
        return notes.rejected();
    }

    /** Notes inserted and not yet through (stacked or given back). */
    public synchronized int notesInPath() {
        return notes.queued();
    }

    public synchronized boolean accepting() {
        return notes.enabled();
    }

    /**
     * Called with {@link System#nanoTime()} right after a poll reply that reports a credit has been written (the
     * benchmark's start of "credit event → listener"); a resent reply is reported again.
     */
    public void onCreditReplySent(java.util.function.LongConsumer hook) {
        creditReplySent = Objects.requireNonNull(hook, "hook");
    }

    /** Lost requests, lost replies and corrupt replies still to come. */
    public synchronized int faultsPending() {
        return dropRequests + dropReplies + corruptReplies;
    }

    /** Whether a poll's events wait for EVENT_ACK (they are repeated until then). */
    public synchronized boolean eventsAwaitingAck() {
        return commands.eventsAwaitingAck();
    }

    /** Packets heard, and how many of them were resends (same sequence bit as the one before). */
    public synchronized String trafficSummary() {
        return packets + " packets, " + resendsSeen + " resends";
    }

    // ---- serving ----

    @Override
    public void serve(Link link) {
        PacketScanner scanner = new PacketScanner();
        byte[] buffer = new byte[512];
        Session session = new Session();
        serving.add(link);
        try {
            while (!closed) {
                int n = link.read(buffer, 0, buffer.length, READ_SLICE);
                synchronized (this) {
                    notes.tick(System.nanoTime());
                }
                if (n == 0) {
                    continue;
                }
                scanner.feed(buffer, 0, n);
                for (PacketScanner.Scan scan = scanner.next(); !(scan instanceof PacketScanner.NeedMore);
                     scan = scanner.next()) {
                    if (scan instanceof PacketScanner.Found found) {
                        answer(link, session, found.packet());
                    }
                }
            }
        } catch (LinkLostException lost) {
            LOG.info("cash acceptor emulator stops serving {}: {}", link.describe(), lost.getMessage());
        } finally {
            serving.remove(link);
        }
    }

    /** The sequence state of one link. */
    private static final class Session {
        Boolean lastSequence;
        byte[] lastReply;
    }

    private void answer(Link link, Session session, SspPacket packet) throws LinkLostException {
        if (silent) {
            return;
        }
        byte[] reply;
        boolean corrupt;
        synchronized (this) {
            if (dropRequests > 0) {
                dropRequests--;
                return;
            }
            packets++;
            boolean sync = packet.code() == SspCommand.SYNC.code();
            if (!sync && session.lastReply != null && session.lastSequence == packet.sequence()) {
                resendsSeen++;
                reply = session.lastReply;
            } else {
                reply = commands.execute(packet);
                session.lastReply = reply;
            }
            session.lastSequence = packet.sequence();
            if (dropReplies > 0) {
                dropReplies--;
                return;
            }
            corrupt = corruptReplies > 0;
            if (corrupt) {
                corruptReplies--;
            }
        }
        waitTheDelay();
        byte[] wire = new SspPacket(packet.sequence(), packet.address(), reply).encode();
        if (corrupt) {
            wire[wire.length - 1] ^= 0x5A;
        }
        link.write(wire);
        if (reportsCredit(packet, reply)) {
            creditReplySent.accept(System.nanoTime());
        }
    }

    private static boolean reportsCredit(SspPacket request, byte[] reply) {
        int command = request.code();
        if (command != SspCommand.POLL.code() && command != SspCommand.POLL_WITH_ACK.code()) {
            return false;
        }
        try {
            return SspEvent.parse(new SspPacket(true, 0, reply)).stream()
                    .anyMatch(event -> event.type() == SspEvent.Type.CREDIT_NOTE);
        } catch (org.budayang.driver.cashssp.SspProtocolException | IllegalArgumentException notEvents) {
            return false;
        }
    }

    /** Waits the scripted delay, re-reading it in short slices so that {@code slow 0} takes effect at once. */
    private void waitTheDelay() {
        long start = System.nanoTime();
        while (!closed) {
            long left = delay.toNanos() - (System.nanoTime() - start);
            if (left <= 0) {
                return;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, DELAY_SLICE_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void sendUnasked(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        for (Link link : serving) {
            try {
                link.write(bytes.clone());
            } catch (LinkLostException lost) {
                LOG.debug("cash acceptor emulator could not send unasked bytes on {}: {}", link.describe(),
                        lost.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
