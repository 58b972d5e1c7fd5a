package org.budayang.kiosk.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The kiosk's transaction journal: one SQLite file (WAL, {@code synchronous=FULL}, foreign keys on,
 * {@code secure_delete} on) holding transactions, their ordered steps and the {@link Outbox}.
 *
 * <p>Step protocol: {@link JournalTx#intend} writes a step INTENDED (with a fresh idempotency key) and returns
 * only once it is on disk; the caller then does the side effect and calls {@link JournalStep#done} or
 * {@link JournalStep#failed}. Each call is one SQL transaction, committed with fsync before it returns, so a
 * crash loses nothing that a call returned from. On start, {@link #unfinished()} lists the OPEN transactions
 * with their last INTENDED step; the owner (flow engine, payments) settles each through {@link #resume}.
 *
 * <p>Concurrency rule: one JDBC connection per journal and every access holds the journal's lock, so calls
 * from any thread are serialised (each takes a few milliseconds: one fsync'd commit). No lock is held while a
 * side effect or a delivery runs. One kiosk process opens a file; a second one waits up to the busy timeout and
 * then fails with {@code JOURNAL_IO_FAILED}.
 */
public final class Journal implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final Path file;
    private final Connection connection;
    private final PersonalCipher cipher;
    private final Clock clock;
    private final Duration retention;
    private final ReentrantLock lock = new ReentrantLock();
    private final Outbox outbox;
    private final Reprints reprints;

    private Journal(Path file, Connection connection, PersonalCipher cipher, Clock clock, Duration retention) {
        this.file = file;
        this.connection = connection;
        this.cipher = cipher;
        this.clock = clock;
        this.retention = retention;
        this.outbox = new Outbox(this);
        this.reprints = new Reprints(this);
    }

    /**
     * Opens the journal of a kiosk: the key store in {@code settings.dir()} (created on first start, 600) and the
     * file {@code settings.file()}.
     */
    public static Journal open(JournalSettings settings, Clock clock) {
        return open(settings.file(), new PersonalCipher(JournalKeyStore.openOrCreate(settings.dir())), clock,
                settings.retention());
    }

    /**
     * Opens (creating if absent) the journal file and brings its schema up to date.
     *
     * @param retention how long an ended transaction keeps its personal data ({@code journal.retention})
     */
    public static Journal open(Path file, PersonalCipher cipher, Clock clock, Duration retention) {
        Objects.requireNonNull(file, "Journal.file is required");
        Objects.requireNonNull(cipher, "Journal.cipher is required");
        Objects.requireNonNull(clock, "Journal.clock is required");
        JournalSettings.requireRetention(retention);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA secure_delete = ON");
            }
            JournalSchema.migrate(connection, file.toString());
            return new Journal(file, connection, cipher, clock, retention);
        } catch (SQLException | IOException e) {
            closeQuietly(connection);
            throw new JournalException(JournalException.OPEN_FAILED, "cannot open the journal " + file + ": " + e
                    + "; check the data dir is writable and no other kiosk process holds it", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The file this journal writes. */
    public Path file() {
        return file;
    }

    /** The pending reprints stored in the same file. */
    public Reprints reprints() {
        return reprints;
    }

    /** The outbox stored in the same file. */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Begins a transaction, OPEN, on disk when this returns.
     *
     * @param kind     e.g. {@code PRINT_CERTIFICATE}, {@code APPLY}, {@code PAY}
     * @param itemCode the catalogue item it serves
     * @param personal personal data (ID number, name, card, photo…) as text, stored only encrypted; may be null
     */
    public JournalTx begin(String kind, String itemCode, String personal) {
        require("kind", kind, kind != null && NAME.matcher(kind).matches(), "1-64 of A-Z, 0-9, _ starting with a letter");
        require("itemCode", itemCode, itemCode != null && !itemCode.isBlank() && itemCode.length() <= 64,
                "1-64 characters");
        String id = UUID.randomUUID().toString();
        write("begin a " + kind + " transaction", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal_tx (id, kind, item_code, state,"
                    + " personal, started_at) VALUES (?, ?, ?, 'OPEN', ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, kind);
                ps.setString(3, itemCode);
                ps.setBytes(4, cipher.seal(personal, id + ":personal"));
                ps.setLong(5, clock.millis());
                ps.executeUpdate();
            }
            return null;
        });
        log.debug("Journal transaction {} {} for item {} begun", id, kind, itemCode);
        return new JournalTx(this, id, kind, itemCode);
    }

    /** A handle on an existing transaction (e.g. one of {@link #unfinished()}) to settle it. */
    public JournalTx resume(String txId) {
        TxRecord tx = find(txId).orElseThrow(() -> new JournalException(JournalException.UNKNOWN_TX,
                "no transaction " + txId + " in " + file + "; list them with unfinished() or find()"));
        return new JournalTx(this, tx.id(), tx.kind(), tx.itemCode());
    }

    /** The transaction with its steps, or empty. */
    public Optional<TxRecord> find(String txId) {
        return read(c -> JournalRows.tx(c, cipher, txId));
    }

    /** Every OPEN transaction, oldest first: what a restart must finish or compensate. */
    public List<TxRecord> unfinished() {
        return read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM journal_tx WHERE state = 'OPEN' ORDER BY started_at, rowid");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            List<TxRecord> out = new ArrayList<>();
            for (String id : ids) {
                JournalRows.tx(c, cipher, id).ifPresent(out::add);
            }
            return out;
        });
    }

    /** The transaction's personal data, decrypted; empty when none was given or it was purged. */
    public Optional<String> personalData(String txId) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT personal FROM journal_tx WHERE id = ?")) {
                ps.setString(1, txId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new JournalException(JournalException.UNKNOWN_TX, "no transaction " + txId + " in "
                                + file);
                    }
                    return Optional.ofNullable(cipher.open(rs.getBytes(1), txId + ":personal"));
                }
            }
        });
    }

    /**
     * Deletes the personal data, step payloads and results of transactions ended at least the retention period
     * ago, and the SENT outbox records as old; rows keep kind, item, times, states and keys. DEAD outbox records
     * stay for ops. Run at start and hourly ({@link JournalPurge}).
     *
     * @return how many transactions were purged
     */
    public int purge() {
        long cutoff = clock.millis() - retention.toMillis();
        long now = clock.millis();
        int[] counts = write("purge personal data ended before " + cutoff, c -> {
            int txs;
            try (PreparedStatement steps = c.prepareStatement("UPDATE journal_step SET payload = NULL, result = NULL"
                    + " WHERE tx_id IN (SELECT id FROM journal_tx WHERE state <> 'OPEN' AND purged_at IS NULL"
                    + " AND ended_at <= ?)");
                    PreparedStatement tx = c.prepareStatement("UPDATE journal_tx SET personal = NULL, purged_at = ?"
                            + " WHERE state <> 'OPEN' AND purged_at IS NULL AND ended_at <= ?");
                    PreparedStatement sent = c.prepareStatement(
                            "DELETE FROM outbox WHERE state = 'SENT' AND sent_at <= ?")) {
                steps.setLong(1, cutoff);
                steps.executeUpdate();
                tx.setLong(1, now);
                tx.setLong(2, cutoff);
                txs = tx.executeUpdate();
                sent.setLong(1, cutoff);
                int sentDeleted = sent.executeUpdate();
                reprints.purge(c, now);
                return new int[] {txs, sentDeleted};
            }
        });
        if (counts[0] > 0 || counts[1] > 0) {
            log.info("Journal purge: personal data of {} transactions ended more than {} ago deleted, {} sent outbox"
                    + " records deleted", counts[0], retention, counts[1]);
        }
        return counts[0];
    }

    /** {@code PRAGMA integrity_check}: "ok" for a sound file. */
    public String integrityCheck() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    out.append(out.length() == 0 ? "" : "; ").append(rs.getString(1));
                }
                return out.toString();
            }
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new JournalException(JournalException.IO_FAILED, "closing the journal " + file + " failed: " + e, e);
        } finally {
            lock.unlock();
        }
    }

    // --- used by JournalTx, JournalStep and Outbox ---

    PersonalCipher cipher() {
        return cipher;
    }

    Clock clock() {
        return clock;
    }

    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} as one SQL transaction (BEGIN IMMEDIATE … COMMIT with fsync) under the lock. */
    <T> T write(String what, SqlWork<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(what);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new JournalException(JournalException.IO_FAILED, "cannot " + what + " in " + file + ": " + e
                    + "; check free disk space and the file's permissions", e);
        } finally {
            lock.unlock();
        }
    }

    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new JournalException(JournalException.IO_FAILED, "cannot read " + file + ": " + e, e);
        } finally {
            lock.unlock();
        }
    }

    private void rollback(String what) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            log.warn("Journal {}: rollback after a failed attempt to {} failed too: {}", file, what, e.toString());
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the open failure is what is reported
            }
        }
    }

    static void require(String field, String value, boolean ok, String expected) {
        if (!ok) {
            throw new JournalException(JournalException.INVALID, field + ": '" + value + "' is not accepted; expected "
                    + expected);
        }
    }
}
