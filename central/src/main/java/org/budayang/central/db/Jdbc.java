package org.budayang.central.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Central's one plain-JDBC helper (connectors, applications, payments, the ops console): parameterised queries mapped
 * row by row; every value is bound, never spliced into SQL text. {@link Instant} parameters are bound as UTC
 * {@link OffsetDateTime}s (H2 and PostgreSQL alike).
 */
public final class Jdbc {
    /** Maps the current row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rows = s.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure("Query failed: " + firstLine(sql), e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The first column of the first row as a count; 0 when there is no row. */
    public long count(String sql, Object... params) {
        return one(sql, row -> row.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure("Update failed: " + firstLine(sql), e);
        }
    }

    /** Whether a table of that name exists (any case), for read models whose source may not be installed. */
    public boolean tableExists(String table) {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rows = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                    if (rows.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw failure("Cannot read the database catalogue for table " + table, e);
        }
    }

    /**
     * An exception naming the operation, SQLState and vendor code of a database failure. The driver's message and the
     * SQLException itself are not kept: drivers quote the values bound (citizens' data) in their messages, and the
     * exception is logged by the 500 handler.
     */
    public static IllegalStateException failure(String operation, SQLException e) {
        IllegalStateException failure = new IllegalStateException(operation + " (SQLState " + e.getSQLState()
                + ", vendor code " + e.getErrorCode() + ", " + e.getClass().getSimpleName() + ")");
        failure.setStackTrace(e.getStackTrace());
        return failure;
    }

    public static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (params[i] instanceof Instant instant) {
                s.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else {
                s.setObject(i + 1, params[i]);
            }
        }
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static String firstLine(String sql) {
        return sql.strip().lines().findFirst().orElse(sql);
    }
}
