package org.budayang.kiosk.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal file's schema, versioned by the journal itself: table {@code journal_schema} holds one row per
 * migration applied. Migrations are appended, never edited; each runs in its own SQL transaction with its
 * row. A file with a version above {@link #CURRENT} was written by a newer kiosk and is refused.
 */
final class JournalSchema {
    private static final Logger log = LoggerFactory.getLogger(JournalSchema.class);

    private record Migration(int version, String description, List<String> statements) {
    }

    private static final List<Migration> MIGRATIONS = List.of(new Migration(1, "transactions, steps, outbox", List.of(
            """
            CREATE TABLE journal_tx (
              id TEXT PRIMARY KEY,
              kind TEXT NOT NULL,
              item_code TEXT NOT NULL,
              state TEXT NOT NULL CHECK (state IN ('OPEN', 'DONE', 'COMPENSATED', 'FAILED')),
              personal BLOB,
              reason TEXT,
              started_at INTEGER NOT NULL,
              ended_at INTEGER,
              purged_at INTEGER)""",
            "CREATE INDEX journal_tx_state ON journal_tx (state, ended_at)",
            """
            CREATE TABLE journal_step (
              tx_id TEXT NOT NULL REFERENCES journal_tx (id),
              seq INTEGER NOT NULL,
              name TEXT NOT NULL,
              idempotency_key TEXT NOT NULL UNIQUE,
              state TEXT NOT NULL CHECK (state IN ('INTENDED', 'DONE', 'FAILED')),
              payload BLOB,
              result BLOB,
              reason TEXT,
              intended_at INTEGER NOT NULL,
              ended_at INTEGER,
              PRIMARY KEY (tx_id, seq))""",
            """
            CREATE TABLE outbox (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              kind TEXT NOT NULL,
              path TEXT NOT NULL,
              idempotency_key TEXT NOT NULL UNIQUE,
              body BLOB NOT NULL,
              tx_id TEXT REFERENCES journal_tx (id),
              state TEXT NOT NULL CHECK (state IN ('PENDING', 'SENT', 'DEAD')),
              attempts INTEGER NOT NULL DEFAULT 0,
              last_error TEXT,
              created_at INTEGER NOT NULL,
              next_attempt_at INTEGER NOT NULL,
              sent_at INTEGER)""",
            "CREATE INDEX outbox_by_kind ON outbox (state, kind, id)")),
            new Migration(2, "pending reprints by citizen", List.of(
            """
            CREATE TABLE reprint (
              tx_id TEXT PRIMARY KEY REFERENCES journal_tx (id),
              citizen TEXT NOT NULL,
              item_code TEXT NOT NULL,
              title TEXT NOT NULL,
              plan BLOB,
              state TEXT NOT NULL CHECK (state IN ('PENDING', 'PRINTING', 'PRINTED')),
              reprint_tx TEXT,
              requested_at INTEGER NOT NULL,
              expires_at INTEGER NOT NULL,
              ended_at INTEGER)""",
            "CREATE INDEX reprint_by_citizen ON reprint (citizen, state, expires_at)")));

    /** The schema version this release writes. */
    static final int CURRENT = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private JournalSchema() {
    }

    /** Brings the file to {@link #CURRENT}; the connection must be in auto-commit mode. */
    static void migrate(Connection connection, String file) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS journal_schema (version INTEGER PRIMARY KEY,"
                    + " description TEXT NOT NULL, applied_at INTEGER NOT NULL)");
        }
        int version = version(connection);
        if (version > CURRENT) {
            throw new JournalException(JournalException.SCHEMA_NEWER, "journal " + file + " has schema version "
                    + version + " but this kiosk release knows up to " + CURRENT
                    + "; install the newer kiosk release again, or move the file aside after its transactions are"
                    + " settled");
        }
        for (Migration m : MIGRATIONS) {
            if (m.version() <= version) {
                continue;
            }
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement();
                    PreparedStatement row = connection.prepareStatement(
                            "INSERT INTO journal_schema (version, description, applied_at) VALUES (?, ?, ?)")) {
                for (String sql : m.statements()) {
                    st.execute(sql);
                }
                row.setInt(1, m.version());
                row.setString(2, m.description());
                row.setLong(3, System.currentTimeMillis());
                row.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            log.info("Journal {} migrated to schema version {} ({})", file, m.version(), m.description());
        }
    }

    static int version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM journal_schema")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
