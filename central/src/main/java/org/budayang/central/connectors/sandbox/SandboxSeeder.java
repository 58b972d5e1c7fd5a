package org.budayang.central.connectors.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.budayang.central.db.Jdbc;
import org.budayang.central.connectors.sandbox.seed.SandboxPopulation;
import org.budayang.central.connectors.sandbox.seed.SeedTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the sandbox tables once, in one transaction, when they are empty: the same seed and day
 * give the same rows on H2 and PostgreSQL. A second central node starting at the same time finds
 * the seed marker taken and leaves the data to the first.
 */
public final class SandboxSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxSeeder.class);
    private static final int BATCH = 500;

    private SandboxSeeder() {
    }

    /** Seeds when empty; returns whether this call seeded. */
    public static boolean seedIfEmpty(DataSource dataSource, long seed, int generated, LocalDate today) {
        Jdbc jdbc = new Jdbc(dataSource);
        if (jdbc.one("SELECT seed_value FROM sb_seed_info WHERE seed_key = 'seeded_on'", r -> r.getString(1))
                .isPresent()) {
            return false;
        }
        long started = System.nanoTime();
        List<SeedTable> tables = SandboxPopulation.generate(seed, generated, today);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO sb_seed_info (seed_key, seed_value) VALUES (?, ?)")) {
                    insertInfo(s, "seeded_on", today.toString());
                    insertInfo(s, "seed", Long.toString(seed));
                    insertInfo(s, "generated", Integer.toString(generated));
                }
                int rows = 0;
                for (SeedTable table : tables) {
                    rows += insert(c, table);
                }
                c.commit();
                LOG.info("Sandbox seeded: {} rows in {} tables (seed {}, {} generated citizens, day {}) in {} ms", rows,
                        tables.size(), seed, generated, today, (System.nanoTime() - started) / 1_000_000);
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (seededMeanwhile(c)) {
                    LOG.info("Sandbox was seeded by another central node meanwhile; keeping its data");
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot seed the sandbox department systems: " + e.getMessage()
                    + ". Check that the sb_* tables exist (Flyway migrations V20-V23) and are writable.", e);
        }
    }

    private static void insertInfo(PreparedStatement s, String key, String value) throws SQLException {
        s.setString(1, key);
        s.setString(2, value);
        s.executeUpdate();
    }

    private static int insert(Connection c, SeedTable table) throws SQLException {
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (List<Object> row : table.rows()) {
                Jdbc.bind(s, row.toArray());
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
        return table.rows().size();
    }

    private static boolean seededMeanwhile(Connection c) {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM sb_seed_info WHERE seed_key = 'seeded_on'");
             ResultSet r = s.executeQuery()) {
            return r.next();
        } catch (SQLException e) {
            return false;
        }
    }
}
