package org.budayang.central.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Numbers drawn from a sequence table (sequence_key, last_value), unique across central nodes: the increment and
 * the read run in one transaction, so the UPDATE's row lock keeps every other request from reading the same value.
 * Payments draw order and refund numbers from pay_sequence; 办件编号 come from app_number_sequence through
 * {@link org.budayang.central.applications.ApplicationNumbers} (so a paid service's 办件编号 never equals an
 * application's).
 */
public final class Sequences {
    private final DataSource dataSource;
    private final String table;
    private final Jdbc jdbc;

    public Sequences(DataSource dataSource, String table) {
        if (!table.equals("pay_sequence") && !table.equals("app_number_sequence")) {
            throw new IllegalArgumentException("Sequences.table '" + table + "' is not a sequence table");
        }
        this.dataSource = dataSource;
        this.table = table;
        this.jdbc = new Jdbc(dataSource);
    }

    public long next(String key) {
        for (int attempt = 0; attempt < 5; attempt++) {
            OptionalLong drawn = increment(key);
            if (drawn.isPresent()) {
                return drawn.getAsLong();
            }
            try {
                jdbc.update("INSERT INTO " + table + " (sequence_key, last_value) VALUES (?, 0)", key);
            } catch (IllegalStateException raced) {
                // another request created the row first; the next attempt's update takes the next value
            }
        }
        throw new IllegalStateException("Could not draw a number of sequence " + key + " in " + table
                + " after 5 attempts");
    }

    private OptionalLong increment(String key) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                OptionalLong value = OptionalLong.empty();
                try (PreparedStatement u = c.prepareStatement(
                        "UPDATE " + table + " SET last_value = last_value + 1 WHERE sequence_key = ?")) {
                    u.setString(1, key);
                    if (u.executeUpdate() == 1) {
                        try (PreparedStatement q = c.prepareStatement(
                                "SELECT last_value FROM " + table + " WHERE sequence_key = ?")) {
                            q.setString(1, key);
                            try (ResultSet r = q.executeQuery()) {
                                if (r.next()) {
                                    value = OptionalLong.of(r.getLong(1));
                                }
                            }
                        }
                    }
                }
                c.commit();
                return value;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Jdbc.failure("Cannot draw a number of sequence " + key + " in " + table, e);
        }
    }
}
