package org.budayang.kiosk.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading journal rows into records (decrypting what is encrypted). */
final class JournalRows {
    private JournalRows() {
    }

    static String payloadAad(String txId, int seq) {
        return txId + ":step:" + seq + ":payload";
    }

    static String resultAad(String txId, int seq) {
        return txId + ":step:" + seq + ":result";
    }

    static Optional<TxRecord> tx(Connection c, PersonalCipher cipher, String txId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, item_code, state, reason, started_at, ended_at,"
                + " purged_at FROM journal_tx WHERE id = ?")) {
            ps.setString(1, txId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TxRecord(txId, rs.getString(1), rs.getString(2),
                        TxState.valueOf(rs.getString(3)), rs.getString(4), instant(rs, 5), instant(rs, 6),
                        instant(rs, 7), steps(c, cipher, txId)));
            }
        }
    }

    static TxState txState(Connection c, String txId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM journal_tx WHERE id = ?")) {
            ps.setString(1, txId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new JournalException(JournalException.UNKNOWN_TX, "no transaction " + txId
                            + " in the journal");
                }
                return TxState.valueOf(rs.getString(1));
            }
        }
    }

    static List<StepRecord> steps(Connection c, PersonalCipher cipher, String txId) throws SQLException {
        List<StepRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, name, idempotency_key, state, payload, result,"
                + " reason, intended_at, ended_at FROM journal_step WHERE tx_id = ? ORDER BY seq")) {
            ps.setString(1, txId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int seq = rs.getInt(1);
                    out.add(new StepRecord(txId, seq, rs.getString(2), rs.getString(3),
                            StepState.valueOf(rs.getString(4)), cipher.open(rs.getBytes(5), payloadAad(txId, seq)),
                            cipher.open(rs.getBytes(6), resultAad(txId, seq)), rs.getString(7), instant(rs, 8),
                            instant(rs, 9)));
                }
            }
        }
        return out;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
