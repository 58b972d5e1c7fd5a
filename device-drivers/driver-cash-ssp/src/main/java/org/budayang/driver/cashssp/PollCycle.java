package org.budayang.driver.cashssp;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.cash.CashEvent;
import org.budayang.driver.cash.Credit;
import org.budayang.driver.cash.CreditJournal;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cash.EscrowDecision;
import org.budayang.driver.cash.EscrowPolicy;
import org.budayang.driver.cash.RejectReason;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of the acceptor and what follows from it, in the order that keeps money safe:
 * <ol>
 *   <li>events still held back from an earlier poll (their credit could not be journalled) are processed first;</li>
 *   <li>a batch that was processed but not yet acknowledged is acknowledged (EVENT_ACK) before anything else, so the
 *       acceptor never repeats a batch the driver already counted;</li>
 *   <li>a note held in escrow is decided again (HOLD, REJECT, or nothing: the next poll stacks it);</li>
 *   <li>POLL_WITH_ACK (or POLL on an acceptor without it); each event in order: a credit is written to the journal,
 *       then told to the listeners; a credit that cannot be journalled stops the batch there, unacknowledged;</li>
 *   <li>EVENT_ACK, then what the events asked for: REJECT_BANKNOTE or HOLD for a note in escrow, LAST_REJECT_CODE for
 *       a rejected note, the set-up again after the acceptor reset itself.</li>
 * </ol>
 * Runs inside the acceptor's operation gate, one cycle at a time.
 */
final class PollCycle {
    private static final Logger LOG = LoggerFactory.getLogger(PollCycle.class);

    /** What the cycle needs from the acceptor. */
    interface Host {
        Map<Integer, Denomination> channels();

        EscrowPolicy escrow();

        CreditJournal journal();

        /** Sets the acceptor up again after it reset itself (protocol version, inhibits, enable). */
        void setUpAgain(Deadline deadline, CancelToken cancel) throws LinkLostException;
    }

    private record Pending(SspEvent event, Credit credit) {
    }

    private final String device;
    private final CashBoard board;
    private final Host host;
    private final String runId;
    private final AtomicLong credits = new AtomicLong();
    private final Deque<Pending> backlog = new ArrayDeque<>();
    /** Whether the acceptor knows POLL_WITH_ACK: null until its first poll reply says. */
    private volatile Boolean ackMode;
    private boolean needAck;
    private Denomination held;
    private boolean reading;
    private final List<SspCommand> actions = new ArrayList<>();

    PollCycle(String device, CashBoard board, Host host, String runId) {
        this.device = device;
        this.board = board;
        this.host = host;
        this.runId = runId;
    }

    /**
     * After (re)opening. Events held back and an acknowledgement owed survive the reopen: the held-back events are
     * processed and acknowledged before the next poll, so the acceptor's repetition of that batch is never fetched (a
     * credit journalled before the link was lost would otherwise come back under a new id).
     */
    void linkOpened() {
        held = null;
        reading = false;
    }

    boolean ackMode() {
        return ackMode != Boolean.FALSE;
    }

    long creditsSeen() {
        return credits.get();
    }

    Outcome<DeviceStatus> run(Wire wire, Deadline deadline, CancelToken cancel) throws LinkLostException {
        if (!drain()) {
            return Outcome.deviceError("CREDIT_NOT_JOURNALLED", board.status().detail());
        }
        if (needAck) {
            Outcome<SspPacket> ack = wire.ok("poll", SspCommand.EVENT_ACK, SspCommand.EVENT_ACK.data(), deadline,
                    cancel);
            if (!ack.isSuccess()) {
                return ack.map(ignored -> board.status());
            }
            needAck = false;
        }
        Outcome<DeviceStatus> after = afterAck(wire, deadline, cancel);
        if (after != null) {
            return after;
        }
        if (held != null) {
            EscrowDecision decision = host.escrow().decide(held);
            if (decision != EscrowDecision.ACCEPT) {
                SspCommand command = decision == EscrowDecision.HOLD ? SspCommand.HOLD : SspCommand.REJECT_BANKNOTE;
                held = decision == EscrowDecision.HOLD ? held : null;
                Outcome<SspPacket> sent = wire.ok("poll", command, command.data(), deadline, cancel);
                return sent.map(ignored -> board.status());
            }
            held = null;
        }
        SspCommand poll = ackMode() ? SspCommand.POLL_WITH_ACK : SspCommand.POLL;
        Exchange exchange = wire.send(poll, deadline, cancel);
        if (ackMode == null && exchange instanceof Exchange.Reply first) {
            ackMode = first.packet().code() != ReplyCode.UNKNOWN_COMMAND.code();
            LOG.info("{}: {} polling", device, ackMode ? "acknowledged (POLL_WITH_ACK)" : "plain (POLL)");
            if (!ackMode) {
                poll = SspCommand.POLL;
                exchange = wire.send(poll, deadline, cancel);
            }
        }
        if (!(exchange instanceof Exchange.Reply reply) || !reply.ok()) {
            return Wire.failed("poll", poll, exchange);
        }
        List<SspEvent> events;
        try {
            events = SspEvent.parse(reply.packet());
        } catch (SspProtocolException bad) {
            LOG.error("{}: {}; the batch is not acknowledged", device, bad.getMessage());
            return Outcome.deviceError("SSP_BAD_POLL_REPLY", bad.getMessage());
        }
        Set<SspEvent.Type> reported = EnumSet.noneOf(SspEvent.Type.class);
        Instant at = board.clock().instant();
        if (ackMode() && !events.isEmpty()) {
            needAck = true; // owed from now on, sent once every event of the batch is processed
        }
        for (SspEvent event : events) {
            reported.add(event.type());
            backlog.add(new Pending(event, event.type() == SspEvent.Type.CREDIT_NOTE ? credit(event, at) : null));
        }
        for (SspEvent.Type fresh : board.conditions(reported)) {
            tellCondition(fresh, at);
        }
        board.publish();
        if (!drain()) {
            return Outcome.deviceError("CREDIT_NOT_JOURNALLED", board.status().detail());
        }
        if (needAck) {
            Outcome<SspPacket> ack = wire.ok("poll", SspCommand.EVENT_ACK, SspCommand.EVENT_ACK.data(), deadline,
                    cancel);
            if (!ack.isSuccess()) {
                return ack.map(ignored -> board.status());
            }
            needAck = false;
        }
        Outcome<DeviceStatus> done = afterAck(wire, deadline, cancel);
        return done != null ? done : Outcome.success(board.status());
    }

    private Credit credit(SspEvent event, Instant at) {
        Denomination note = host.channels().get(event.channel());
        if (note == null) {
            // cannot happen with the channels inhibited as set; counted by ops from the cash box
            LOG.error("{}: CREDIT_NOTE on channel {}, which holds no note this kiosk takes; not counted", device,
                    event.channel());
            return null;
        }
        return new Credit(runId + "-" + credits.incrementAndGet(), note, at);
    }

    /** Processes the backlog in order; false when a credit could not be journalled (it stays first in line). */
    private boolean drain() {
        while (!backlog.isEmpty()) {
            Pending next = backlog.peek();
            if (next.credit() != null && !journal(next.credit())) {
                return false;
            }
            backlog.poll();
            translate(next);
        }
        return true;
    }

    private boolean journal(Credit credit) {
        CreditJournal journal = host.journal();
        if (journal == null) {
            board.journalProblem("no CreditJournal is attached (useJournal) for credit " + credit.creditId());
            return false;
        }
        try {
            journal.record(credit);
        } catch (RuntimeException failed) {
            board.journalProblem("credit " + credit.creditId() + " (" + credit.fen() + " fen): " + failed);
            return false;
        }
        board.journalOk();
        return true;
    }

    private void translate(Pending pending) {
        SspEvent event = pending.event();
        Instant at = board.clock().instant();
        switch (event.type()) {
            case READ_NOTE -> readNote(event.channel(), at);
            case CREDIT_NOTE -> {
                reading = false;
                if (pending.credit() != null) {
                    board.tell(new CashEvent.Credited(pending.credit()));
                }
            }
            case STACKING -> board.tell(new CashEvent.Stacking(at));
            case STACKED -> board.tell(new CashEvent.Stacked(at));
            case REJECTED -> {
                reading = false;
                actions.add(SspCommand.LAST_REJECT_CODE);
            }
            case FRAUD_ATTEMPT -> {
                board.fraud("E6 FRAUD_ATTEMPT on channel " + event.channel() + " at " + at);
                board.tell(new CashEvent.FraudAttempt(event.channel(), at));
            }
            case CASHBOX_REPLACED -> board.tell(new CashEvent.CashboxReplaced(at));
            case SLAVE_RESET -> {
                board.tell(new CashEvent.DeviceReset(at));
                actions.add(SspCommand.RESET);
            }
            case NOTE_CLEARED_FROM_FRONT -> board.tell(new CashEvent.Rejected(RejectReason.OTHER,
                    "note on channel " + event.channel() + " returned at the front after a reset", at));
            case NOTE_CLEARED_INTO_CASHBOX -> LOG.warn("{}: a note on channel {} went into the cash box after a reset"
                    + " without a credit; ops count it from the cash box", device, event.channel());
            default -> { } // REJECTING, and the persistent conditions told on their change
        }
    }

    private void readNote(int channel, Instant at) {
        if (channel == 0) {
            if (!reading) {
                reading = true;
                board.tell(new CashEvent.NoteReading(at));
            }
            return;
        }
        reading = false;
        Denomination note = host.channels().get(channel);
        if (note == null) {
            LOG.warn("{}: a note on channel {} (no value this kiosk takes) is in escrow; rejecting it", device,
                    channel);
            actions.add(SspCommand.REJECT_BANKNOTE);
            return;
        }
        EscrowDecision decision = host.escrow().decide(note);
        board.tell(new CashEvent.NoteInEscrow(note, decision, at));
        if (decision == EscrowDecision.REJECT) {
            actions.add(SspCommand.REJECT_BANKNOTE);
        } else if (decision == EscrowDecision.HOLD) {
            held = note;
            actions.add(SspCommand.HOLD);
        }
    }

    private void tellCondition(SspEvent.Type type, Instant at) {
        switch (type) {
            case SAFE_JAM -> board.tell(new CashEvent.Jam(true, at));
            case UNSAFE_JAM -> board.tell(new CashEvent.Jam(false, at));
            case STACKER_FULL -> board.tell(new CashEvent.StackerFull(at));
            case CASHBOX_REMOVED -> board.tell(new CashEvent.CashboxRemoved(at));
            case DISABLED -> board.tell(new CashEvent.Disabled(at));
            default -> { }
        }
    }

    /** Runs the commands the last batch asked for, after its acknowledgement; null when all went well. */
    private Outcome<DeviceStatus> afterAck(Wire wire, Deadline deadline, CancelToken cancel) throws LinkLostException {
        while (!actions.isEmpty()) {
            SspCommand command = actions.get(0);
            if (command == SspCommand.RESET) {
                host.setUpAgain(deadline, cancel);
                actions.remove(0);
                continue;
            }
            Exchange exchange = wire.send(command, deadline, cancel);
            if (!(exchange instanceof Exchange.Reply reply)) {
                return Wire.failed("poll", command, exchange);
            }
            actions.remove(0);
            if (command == SspCommand.LAST_REJECT_CODE) {
                int code = reply.ok() && reply.packet().length() > 1 ? reply.packet().at(1) : -1;
                board.tell(new CashEvent.Rejected(code < 0 ? RejectReason.OTHER : RejectCodes.reason(code),
                        code < 0 ? "reject code unknown: " + ReplyCode.describe(reply.packet().code())
                                : String.format("reject code %02X", code), board.clock().instant()));
            } else if (!reply.ok()) {
                LOG.warn("{}: {} answered {}", device, command, ReplyCode.describe(reply.packet().code()));
            }
        }
        return null;
    }
}
