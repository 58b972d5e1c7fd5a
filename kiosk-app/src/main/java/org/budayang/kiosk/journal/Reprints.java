package org.budayang.kiosk.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Documents whose printing did not finish (a crash or power cut while printing): kept for the same citizen to print
 * once more within a window (24 h in the kiosk), found by a keyed hash of the citizen's ID number
 * ({@link PersonalCipher#lookupHash}) without decrypting other rows. The print plan is stored encrypted.
 *
 * <p>States: PENDING → PRINTING (a reprint transaction claimed it) → PRINTED; PRINTING → PENDING when that reprint
 * did not finish. Rows past their window are never offered and their plan is deleted by {@link Journal#purge()}.
 */
public final class Reprints {
    private static final Logger log = LoggerFactory.getLogger(Reprints.class);

    /** A pending reprint as stored. */
    public record Entry(String txId, String itemCode, String title, String plan, Instant requestedAt,
            Instant expiresAt) {
        public Entry {
            Objects.requireNonNull(txId, "Reprints.Entry.txId");
            Objects.requireNonNull(itemCode, "Reprints.Entry.itemCode");
            Objects.requireNonNull(title, "Reprints.Entry.title");
        }

        @Override
        public String toString() {
            return "Reprint[" + txId + " " + itemCode + " until " + expiresAt + "]";
        }
    }

    private final Journal journal;

    Reprints(Journal journal) {
        this.journal = journal;
    }

    /**
     * Offers the print of transaction {@code txId} for reprint to the citizen with ID number {@code idNumber} for
     * {@code window}; a second offer for the same transaction is refused.
     */
    public void offer(String txId, String idNumber, String itemCode, String title, String plan, Duration window) {
        Journal.require("title", title, title != null && !title.isBlank() && title.length() <= 100,
                "1-100 characters (a document title, nothing personal)");
        long now = journal.clock().millis();
        String citizen = journal.cipher().lookupHash(idNumber);
        journal.write("offer transaction " + txId + " for reprint", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reprint (tx_id, citizen, item_code, title,"
                    + " plan, state, requested_at, expires_at) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?)")) {
                ps.setString(1, txId);
                ps.setString(2, citizen);
                ps.setString(3, itemCode);
                ps.setString(4, title);
                ps.setBytes(5, journal.cipher().seal(plan, aad(txId)));
                ps.setLong(6, now);
                ps.setLong(7, now + window.toMillis());
                ps.executeUpdate();
            }
            return null;
        });
        log.info("Print of transaction {} ({}) offered for reprint until {}", txId, itemCode,
                Instant.ofEpochMilli(now + window.toMillis()));
    }

    /** The PENDING reprints of the citizen with this ID number whose window is still open, oldest first. */
    public List<Entry> pending(String idNumber) {
        String citizen = journal.cipher().lookupHash(idNumber);
        long now = journal.clock().millis();
        return journal.read(c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT tx_id, item_code, title, plan, requested_at,"
                    + " expires_at FROM reprint WHERE citizen = ? AND state = 'PENDING' AND expires_at > ?"
                    + " ORDER BY requested_at, tx_id")) {
                ps.setString(1, citizen);
                ps.setLong(2, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String txId = rs.getString(1);
                        out.add(new Entry(txId, rs.getString(2), rs.getString(3),
                                journal.cipher().open(rs.getBytes(4), aad(txId)), JournalRows.instant(rs, 5),
                                JournalRows.instant(rs, 6)));
                    }
                }
            }
            return out;
        });
    }

    /** The PENDING reprint of transaction {@code txId} if its window is still open. */
    public Optional<Entry> pendingOf(String txId) {
        long now = journal.clock().millis();
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT tx_id, item_code, title, plan, requested_at,"
                    + " expires_at FROM reprint WHERE tx_id = ? AND state = 'PENDING' AND expires_at > ?")) {
                ps.setString(1, txId);
                ps.setLong(2, now);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Entry(txId, rs.getString(2), rs.getString(3),
                            journal.cipher().open(rs.getBytes(4), aad(txId)), JournalRows.instant(rs, 5),
                            JournalRows.instant(rs, 6)));
                }
            }
        });
    }

    /** PENDING → PRINTING by the reprint transaction {@code reprintTx}; refused unless PENDING and in its window. */
    public void claim(String txId, String reprintTx) {
        long now = journal.clock().millis();
        int n = update("claim reprint " + txId, "UPDATE reprint SET state = 'PRINTING', reprint_tx = ? WHERE tx_id = ?"
                + " AND state = 'PENDING' AND expires_at > ?", reprintTx, txId, now);
        if (n == 0) {
            throw new JournalException(JournalException.REFUSED, "reprint of transaction " + txId + " is not PENDING"
                    + " within its window (printed already, being printed, expired or unknown); cannot claim it");
        }
    }

    /** PRINTING → PRINTED: the reprint came out; never offered again. */
    public void printed(String txId) {
        update("mark reprint " + txId + " printed", "UPDATE reprint SET state = 'PRINTED', ended_at = ?"
                + " WHERE tx_id = ? AND state = 'PRINTING'", journal.clock().millis(), txId);
    }

    /** PRINTING → PENDING: the reprint did not come out; the citizen may try again within the window. */
    public void release(String txId) {
        update("release reprint " + txId, "UPDATE reprint SET state = 'PENDING', reprint_tx = NULL"
                + " WHERE tx_id = ? AND state = 'PRINTING'", txId);
    }

    /** The original transaction whose reprint the transaction {@code reprintTx} is printing, if any. */
    public Optional<String> claimedBy(String reprintTx) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT tx_id FROM reprint WHERE reprint_tx = ?"
                    + " AND state = 'PRINTING'")) {
                ps.setString(1, reprintTx);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The state of the reprint of {@code txId} (PENDING, PRINTING, PRINTED), if it was offered. */
    public Optional<String> state(String txId) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM reprint WHERE tx_id = ?")) {
                ps.setString(1, txId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Deletes the plans of reprints past their window or printed (run by {@link Journal#purge()}). */
    int purge(java.sql.Connection c, long now) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE reprint SET plan = NULL WHERE plan IS NOT NULL"
                + " AND (expires_at <= ? OR state = 'PRINTED')")) {
            ps.setLong(1, now);
            return ps.executeUpdate();
        }
    }

    private int update(String what, String sql, Object... args) {
        return journal.write(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    private static String aad(String txId) {
        return txId + ":reprint:plan";
    }
}
