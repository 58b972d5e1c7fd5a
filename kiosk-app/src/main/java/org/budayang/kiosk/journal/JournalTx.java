package org.budayang.kiosk.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A handle on one journalled transaction. It holds no state of its own: every call reads and writes the file
 * under the journal's lock, so two handles on the same id agree. Ends with {@link #finish()},
 * {@link #compensated(String)} or {@link #failed(String)}, each refused while a step is still INTENDED.
 */
public final class JournalTx {
    private static final Logger log = LoggerFactory.getLogger(JournalTx.class);

    private final Journal journal;
    private final String id;
    private final String kind;
    private final String itemCode;

    JournalTx(Journal journal, String id, String kind, String itemCode) {
        this.journal = journal;
        this.id = id;
        this.kind = kind;
        this.itemCode = itemCode;
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String itemCode() {
        return itemCode;
    }

    /**
     * Writes the next step INTENDED, with a fresh idempotency key, before its side effect; on disk when this
     * returns. Refused unless the transaction is OPEN and its previous step is settled.
     *
     * @param stepName e.g. {@code SUBMIT}, {@code PRINT}, {@code CASH_CREDIT}
     * @param payload  what the side effect needs to be repeated or checked (stored encrypted); may be null
     */
    public JournalStep intend(String stepName, String payload) {
        Journal.require("stepName", stepName, stepName != null && Journal.NAME.matcher(stepName).matches(),
                "1-64 of A-Z, 0-9, _ starting with a letter");
        String key = UUID.randomUUID().toString();
        int seq = journal.write("intend step " + stepName + " of transaction " + id, c -> {
            JournalRows.txState(c, id).requireOpen(id, "intend step " + stepName);
            requireNoPendingStep(c, "intend step " + stepName);
            int next = nextSeq(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal_step (tx_id, seq, name,"
                    + " idempotency_key, state, payload, intended_at) VALUES (?, ?, ?, ?, 'INTENDED', ?, ?)")) {
                ps.setString(1, id);
                ps.setInt(2, next);
                ps.setString(3, stepName);
                ps.setString(4, key);
                ps.setBytes(5, journal.cipher().seal(payload, JournalRows.payloadAad(id, next)));
                ps.setLong(6, journal.clock().millis());
                ps.executeUpdate();
            }
            return next;
        });
        return new JournalStep(journal, id, seq, stepName, key);
    }

    /** The last step when it is still INTENDED (after a crash: outcome unknown), as a handle to settle it. */
    public Optional<JournalStep> pendingStep() {
        return record().pendingStep().map(s -> new JournalStep(journal, id, s.seq(), s.name(), s.idempotencyKey()));
    }

    /** The transaction as stored now. */
    public TxRecord record() {
        return journal.find(id).orElseThrow(() -> new JournalException(JournalException.UNKNOWN_TX,
                "transaction " + id + " vanished from the journal"));
    }

    /** OPEN → DONE: every side effect happened. */
    public void finish() {
        end(TxState.DONE, null, "finish");
    }

    /** OPEN → COMPENSATED: side effects were undone or made good; {@code reason} for ops, nothing personal. */
    public void compensated(String reason) {
        end(TxState.COMPENSATED, requireReason(reason), "mark compensated");
    }

    /** OPEN → FAILED: ended without its purpose, nothing to undo; {@code reason} for ops, nothing personal. */
    public void failed(String reason) {
        end(TxState.FAILED, requireReason(reason), "mark failed");
    }

    private void end(TxState to, String reason, String operation) {
        journal.write(operation + " transaction " + id, c -> {
            JournalRows.txState(c, id).requireOpen(id, operation);
            requireNoPendingStep(c, operation);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE journal_tx SET state = ?, reason = ?, ended_at = ? WHERE id = ?")) {
                ps.setString(1, to.name());
                ps.setString(2, reason);
                ps.setLong(3, journal.clock().millis());
                ps.setString(4, id);
                ps.executeUpdate();
            }
            return null;
        });
        log.debug("Journal transaction {} {} is {}", id, kind, to);
    }

    private void requireNoPendingStep(Connection c, String operation) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, name FROM journal_step WHERE tx_id = ?"
                + " AND state = 'INTENDED'")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new JournalException(JournalException.REFUSED, "transaction " + id + " has step "
                            + rs.getInt(1) + " " + rs.getString(2) + " still INTENDED; cannot " + operation
                            + " (mark the step done or failed first)");
                }
            }
        }
    }

    private int nextSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM journal_step WHERE tx_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String requireReason(String reason) {
        Journal.require("reason", reason, reason != null && !reason.isBlank() && reason.length() <= 500,
                "1-500 characters for ops (no personal data)");
        return reason;
    }

    @Override
    public String toString() {
        return "JournalTx[" + id + " " + kind + " " + itemCode + "]";
    }
}
