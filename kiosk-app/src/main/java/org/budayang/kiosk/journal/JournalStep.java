package org.budayang.kiosk.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/**
 * A handle on one INTENDED step. After its side effect, {@link #done} (optionally with the outbox messages it
 * produces, written in the same SQL transaction) or {@link #failed}; anything else on a settled step is refused.
 */
public final class JournalStep {
    private final Journal journal;
    private final String txId;
    private final int seq;
    private final String name;
    private final String idempotencyKey;

    JournalStep(Journal journal, String txId, int seq, String name, String idempotencyKey) {
        this.journal = journal;
        this.txId = txId;
        this.seq = seq;
        this.name = name;
        this.idempotencyKey = idempotencyKey;
    }

    public String txId() {
        return txId;
    }

    public int seq() {
        return seq;
    }

    public String name() {
        return name;
    }

    /** The key to send with this step's request to central; the same after a restart. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /**
     * INTENDED → DONE, with its result (stored encrypted; may be null) and the messages for central it produces:
     * the step and the messages are committed together or not at all.
     */
    public void done(String result, OutboxMessage... messages) {
        List<OutboxMessage> outgoing = List.of(messages);
        settle(StepState.DONE, result, null, outgoing, "mark done");
    }

    /** INTENDED → FAILED; {@code reason} for ops, nothing personal. */
    public void failed(String reason) {
        Journal.require("reason", reason, reason != null && !reason.isBlank() && reason.length() <= 500,
                "1-500 characters for ops (no personal data)");
        settle(StepState.FAILED, null, reason, List.of(), "mark failed");
    }

    private void settle(StepState to, String result, String reason, List<OutboxMessage> outgoing, String operation) {
        journal.write(operation + " step " + seq + " " + name + " of transaction " + txId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT state FROM journal_step WHERE tx_id = ? AND seq = ?")) {
                ps.setString(1, txId);
                ps.setInt(2, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new JournalException(JournalException.UNKNOWN_TX, "no step " + seq + " in transaction "
                                + txId);
                    }
                    StepState.valueOf(rs.getString(1)).requireIntended(txId, seq, name, operation);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE journal_step SET state = ?, result = ?, reason = ?,"
                    + " ended_at = ? WHERE tx_id = ? AND seq = ?")) {
                ps.setString(1, to.name());
                ps.setBytes(2, journal.cipher().seal(result, JournalRows.resultAad(txId, seq)));
                ps.setString(3, reason);
                ps.setLong(4, journal.clock().millis());
                ps.setString(5, txId);
                ps.setInt(6, seq);
                ps.executeUpdate();
            }
            for (OutboxMessage m : outgoing) {
                journal.outbox().append(c, m, txId);
            }
            return null;
        });
    }

    @Override
    public String toString() {
        return "JournalStep[" + txId + "#" + seq + " " + name + " key=" + idempotencyKey + "]";
    }
}
