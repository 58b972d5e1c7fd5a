package org.budayang.driver.cashssp.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.RejectCodes;
import org.budayang.driver.cashssp.SspEvent;
import org.budayang.driver.cashssp.SspEvent.Type;

/**
 * The acceptor's note path and sensors, advanced one step per poll: a note inserted is read (READ_NOTE 0), held in
 * escrow (READ_NOTE n) until the host rejects it, holds it, or polls again, which stacks it (STACKING, then STACKED and
 * CREDIT_NOTE n). A note in escrow longer than the escrow timeout without a HOLD is given back (reject code 0x13). Jams,
 * a full or removed cash box and a disabled acceptor are reported on every poll while they last; a fraud attempt, a
 * cash box put back and a reset once. Not thread-safe: the emulator calls it under its own lock.
 */
final class NoteMachine {
    /** Channels 1..6: 1, 5, 10, 20, 50, 100 元. */
    static final List<Denomination> CHANNELS = List.of(Denomination.values());

    private enum Phase { IDLE, READING, ESCROW, STACKING, REJECTING, REJECTED }

    /** A note in the entry queue: a denomination, or null for a note the acceptor will not recognise. */
    private record Inserted(Denomination note) {
    }

    private final Deque<Inserted> queue = new ArrayDeque<>();
    private final Deque<SspEvent> once = new ArrayDeque<>();
    private Phase phase = Phase.IDLE;
    private Inserted current;
    private long escrowSince;
    private Duration escrowTimeout = Duration.ofSeconds(10);
    private boolean enabled;
    private int inhibits;
    private int rejectCode;
    private boolean safeJam;
    private boolean unsafeJam;
    private boolean cashboxOut;
    private int capacity = 500;
    private int inCashbox;
    private boolean jamNextStack;
    private boolean jamSafely;
    // counters
    private long stacked;
    private long rejected;
    private long creditedFen;
    private long credits;

    void insert(Denomination note) {
        queue.add(new Inserted(note));
    }

    void insertUnrecognisable() {
        queue.add(new Inserted(null));
    }

    int queued() {
        return queue.size() + (phase == Phase.IDLE ? 0 : 1);
    }

    void escrowTimeout(Duration timeout) {
        escrowTimeout = timeout;
    }

    void capacity(int notes) {
        capacity = notes;
    }

    /** The next note that reaches the stacker jams there (unsafe) or at the entrance before escrow (safe). */
    void jamNext(boolean safe) {
        jamNextStack = true;
        jamSafely = safe;
    }

    void jamNow(boolean safe) {
        if (safe) {
            safeJam = true;
        } else {
            unsafeJam = true;
        }
        current = null;
        phase = Phase.IDLE;
    }

    void clearJam() {
        safeJam = false;
        unsafeJam = false;
    }

    void removeCashbox() {
        cashboxOut = true;
    }

    /** The cash box back in place, emptied. */
    void replaceCashbox() {
        if (cashboxOut) {
            cashboxOut = false;
            inCashbox = 0;
            once.add(SspEvent.of(Type.CASHBOX_REPLACED));
        }
    }

    void fraud(int channel) {
        once.add(new SspEvent(Type.FRAUD_ATTEMPT, channel));
    }

    /** A power dip: the note in the path is returned, the acceptor disabled and inhibited, and it says so. */
    void reset() {
        if (phase == Phase.READING || phase == Phase.ESCROW) {
            rejected++;
        }
        phase = Phase.IDLE;
        current = null;
        enabled = false;
        inhibits = 0;
        once.add(SspEvent.of(Type.SLAVE_RESET));
    }

    void inhibits(int mask) {
        inhibits = mask;
    }

    void enabled(boolean on) {
        enabled = on;
        if (!on && (phase == Phase.READING || phase == Phase.ESCROW)) {
            reject(RejectCodes.DISABLED_BY_HOST);
        }
    }

    boolean enabled() {
        return enabled;
    }

    /** REJECT_BANKNOTE: false when no note is in escrow. */
    boolean hostReject() {
        if (phase != Phase.ESCROW) {
            return false;
        }
        reject(RejectCodes.HOST_REJECTED);
        return true;
    }

    /** HOLD: false when no note is in escrow. */
    boolean hold(long now) {
        if (phase != Phase.ESCROW) {
            return false;
        }
        escrowSince = now;
        return true;
    }

    int lastRejectCode() {
        return rejectCode;
    }

    /** Gives back a note that waited in escrow too long. */
    void tick(long now) {
        if (phase == Phase.ESCROW && now - escrowSince > escrowTimeout.toNanos()) {
            reject(RejectCodes.ESCROW_TIMEOUT);
        }
    }

    private void reject(int code) {
        rejectCode = code;
        phase = Phase.REJECTING;
    }

    /** One poll: the events it reports, in order. */
    List<SspEvent> step(long now) {
        tick(now);
        List<SspEvent> events = new ArrayList<>(once);
        once.clear();
        if (!safeJam && !unsafeJam && !cashboxOut) {
            advance(events, now);
        }
        if (safeJam) {
            events.add(SspEvent.of(Type.SAFE_JAM));
        }
        if (unsafeJam) {
            events.add(SspEvent.of(Type.UNSAFE_JAM));
        }
        if (inCashbox >= capacity) {
            events.add(SspEvent.of(Type.STACKER_FULL));
        }
        if (cashboxOut) {
            events.add(SspEvent.of(Type.CASHBOX_REMOVED));
        }
        if (!enabled && phase == Phase.IDLE) {
            events.add(SspEvent.of(Type.DISABLED));
        }
        return events;
    }

    private void advance(List<SspEvent> events, long now) {
        switch (phase) {
            case IDLE -> {
                if (enabled && !queue.isEmpty() && inCashbox < capacity) {
                    current = queue.poll();
                    phase = Phase.READING;
                    events.add(new SspEvent(Type.READ_NOTE, 0));
                }
            }
            case READING -> {
                int channel = current.note() == null ? 0 : CHANNELS.indexOf(current.note()) + 1;
                if (channel == 0) {
                    reject(RejectCodes.NOTE_LENGTH);
                    events.add(SspEvent.of(Type.REJECTING));
                    phase = Phase.REJECTED;
                } else if ((inhibits & (1 << (channel - 1))) == 0) {
                    reject(RejectCodes.CHANNEL_INHIBITED);
                    events.add(SspEvent.of(Type.REJECTING));
                    phase = Phase.REJECTED;
                } else if (jamNextStack && jamSafely) {
                    jamNextStack = false;
                    jamNow(true);
                } else {
                    phase = Phase.ESCROW;
                    escrowSince = now;
                    events.add(new SspEvent(Type.READ_NOTE, channel));
                }
            }
            case ESCROW -> {
                if (jamNextStack && !jamSafely) {
                    jamNextStack = false;
                    jamNow(false);
                    return;
                }
                phase = Phase.STACKING;
                events.add(SspEvent.of(Type.STACKING));
            }
            case STACKING -> {
                int channel = CHANNELS.indexOf(current.note()) + 1;
                stacked++;
                inCashbox++;
                credits++;
                creditedFen += current.note().fen();
                events.add(SspEvent.of(Type.STACKED));
                events.add(new SspEvent(Type.CREDIT_NOTE, channel));
                current = null;
                phase = Phase.IDLE;
            }
            case REJECTING -> {
                events.add(SspEvent.of(Type.REJECTING));
                phase = Phase.REJECTED;
            }
            case REJECTED -> {
                rejected++;
                events.add(SspEvent.of(Type.REJECTED));
                current = null;
                phase = Phase.IDLE;
            }
        }
    }

    long stacked() {
        return stacked;
    }

    long rejected() {
        return rejected;
    }

    /** The value of every note credited (CREDIT_NOTE reported), in fen: the emulator's truth for tests. */
    long creditedFen() {
        return creditedFen;
    }

    long credits() {
        return credits;
    }

    boolean idle() {
        return phase == Phase.IDLE && queue.isEmpty();
    }
}
