package org.budayang.driver.cash;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cash payment (issue #8; decision 0016): {@code IDLE → ACCEPTING(amount due) → PAID | CANCELLED | FAILED}.
 *
 * <p>It is the acceptor's {@link EscrowPolicy} and listens to its {@link CashEvent}s:
 * <ul>
 *   <li>a note in escrow is accepted only if it fits: credited + note already accepted from escrow + this note ≤ due
 *       (the kiosk gives no change), otherwise it is rejected from escrow; outside ACCEPTING every note is rejected;</li>
 *   <li>money counts on {@link CashEvent.Credited} only, once per credit id (a repeated event changes nothing);</li>
 *   <li>the amount due credited in full makes it PAID; {@link #cancel} records what was credited for refund;</li>
 *   <li>a jam, a full or removed cash box while ACCEPTING makes it FAILED with what was credited to refund, and a note
 *       that was accepted from escrow but never credited recorded as uncertain (unsafe jam);</li>
 *   <li>a credit that arrives after the session ended (a note already past escrow when it was cancelled) is counted
 *       and added to the refund.</li>
 * </ul>
 * Thread-safe: the driver's poll thread and the kiosk's thread may call it at once.
 */
public final class CashSession implements EscrowPolicy, Consumer<CashEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(CashSession.class);
    /** The largest amount one session takes: 100,000 元. */
    public static final long MAX_DUE_FEN = 10_000_000L;

    private final String id;
    private final Map<String, Credit> credits = new LinkedHashMap<>();
    private CashSessionState state = CashSessionState.IDLE;
    private long dueFen;
    private long creditedFen;
    private long escrowFen;
    private long uncertainFen;
    private long creditedWhenEnded;
    private String failure = "";

    /** @param id names the session in refusals and logs (the transaction's id, never personal data) */
    public CashSession(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("CashSession.id must name the session, got '" + id + "'");
        }
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Starts taking notes towards {@code dueFen} (1 fen .. {@value #MAX_DUE_FEN} fen). IDLE → ACCEPTING. */
    public synchronized void start(long dueFen) {
        require("start");
        if (dueFen <= 0 || dueFen > MAX_DUE_FEN) {
            throw new IllegalArgumentException("cash session " + id + ": amount due must be 1.." + MAX_DUE_FEN
                    + " fen, got " + dueFen);
        }
        this.dueFen = dueFen;
        state = CashSessionState.ACCEPTING;
        LOG.info("cash session {} accepting {} fen", id, dueFen);
    }

    /** Cancels: what was credited is to be refunded. IDLE or ACCEPTING → CANCELLED. */
    public synchronized CashSessionSummary cancel() {
        require("cancel");
        end(CashSessionState.CANCELLED, "");
        return summary();
    }

    /** The kiosk gives up on the acceptor (lost link, timeout): ACCEPTING → FAILED with {@code code: detail}. */
    public synchronized CashSessionSummary fail(String code, String detail) {
        require("fail");
        end(CashSessionState.FAILED, code + ": " + detail);
        return summary();
    }

    @Override
    public synchronized EscrowDecision decide(Denomination note) {
        Objects.requireNonNull(note, "note");
        if (state != CashSessionState.ACCEPTING || creditedFen + escrowFen + note.fen() > dueFen) {
            return EscrowDecision.REJECT;
        }
        escrowFen += note.fen();
        return EscrowDecision.ACCEPT;
    }

    /** The notes that would fit now (for the acceptor's channel inhibits and the screen). */
    public synchronized Set<Denomination> acceptableNotes() {
        Set<Denomination> fit = EnumSet.noneOf(Denomination.class);
        if (state == CashSessionState.ACCEPTING) {
            for (Denomination note : Denomination.values()) {
                if (creditedFen + escrowFen + note.fen() <= dueFen) {
                    fit.add(note);
                }
            }
        }
        return fit;
    }

    @Override
    public void accept(CashEvent event) {
        if (event instanceof CashEvent.Credited credited) {
            credited(credited.credit());
        } else if (event instanceof CashEvent.Rejected) {
            released();
        } else if (event instanceof CashEvent.Jam jam) {
            deviceFault(jam.safe() ? "ACCEPTOR_JAMMED" : "ACCEPTOR_JAMMED_UNSAFE",
                    jam.safe() ? "a note is jammed at the front" : "a note is jammed inside", !jam.safe());
        } else if (event instanceof CashEvent.StackerFull) {
            deviceFault("CASHBOX_FULL", "the cash box is full", false);
        } else if (event instanceof CashEvent.CashboxRemoved) {
            deviceFault("CASHBOX_REMOVED", "the cash box was removed", false);
        }
    }

    /**
     * Counts {@code credit} once: false when its id was already counted. In ACCEPTING it goes towards the amount due
     * (PAID once the due is reached); in any other state it is counted and added to the refund.
     */
    public synchronized boolean credited(Credit credit) {
        Objects.requireNonNull(credit, "credit");
        if (credits.putIfAbsent(credit.creditId(), credit) != null) {
            return false;
        }
        creditedFen += credit.fen();
        escrowFen = Math.max(0, escrowFen - credit.fen());
        if (state == CashSessionState.ACCEPTING && creditedFen >= dueFen) {
            end(CashSessionState.PAID, "");
        } else if (state != CashSessionState.ACCEPTING) {
            LOG.warn("cash session {}: credit {} of {} fen came while {}; it is added to the refund", id,
                    credit.creditId(), credit.fen(), state);
        }
        return true;
    }

    private synchronized void released() {
        escrowFen = 0;
    }

    private synchronized void deviceFault(String code, String detail, boolean noteUncertain) {
        if (state != CashSessionState.ACCEPTING) {
            return;
        }
        if (noteUncertain) {
            uncertainFen += escrowFen;
        }
        escrowFen = 0;
        end(CashSessionState.FAILED, code + ": " + detail);
    }

    private void end(CashSessionState to, String why) {
        state = to;
        failure = why;
        creditedWhenEnded = creditedFen;
        LOG.info("cash session {} {} with {} of {} fen credited{}", id, to, creditedFen, dueFen,
                why.isEmpty() ? "" : " (" + why + ")");
    }

    public synchronized CashSessionState state() {
        return state;
    }

    public synchronized CashSessionSummary summary() {
        long refund = switch (state) {
            case CANCELLED, FAILED -> creditedFen;
            case PAID -> (creditedFen - creditedWhenEnded) + Math.max(0, creditedWhenEnded - dueFen);
            default -> 0;
        };
        List<Credit> list = new ArrayList<>(credits.values());
        return new CashSessionSummary(state, dueFen, creditedFen, escrowFen, refund, uncertainFen, list, failure);
    }

    private void require(String operation) {
        if (!CashSessionState.allowedFor(operation).contains(state)) {
            throw new CashSessionException(id, operation, state);
        }
    }

    @Override
    public synchronized String toString() {
        return "CashSession[" + id + ", " + state + ", " + creditedFen + "/" + dueFen + " fen]";
    }
}
