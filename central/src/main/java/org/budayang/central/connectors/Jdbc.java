package org.budayang.central.connectors;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Small plain-JDBC helpers for the connectors and applications: parameterised queries mapped row by row. */
public final class Jdbc {
    /** Maps the current row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
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

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure("Update failed: " + firstLine(sql), e);
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
                s.setNull(i + 1, java.sql.Types.NULL);
            } else if (params[i] instanceof java.time.Instant instant) {
                s.setObject(i + 1, instant.atOffset(java.time.ZoneOffset.UTC));
            } else {
                s.setObject(i + 1, params[i]);
            }
        }
    }

    public static java.time.LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, java.time.LocalDate.class);
    }

    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static java.time.Instant instant(ResultSet row, String column) throws SQLException {
        java.time.OffsetDateTime at = row.getObject(column, java.time.OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static String firstLine(String sql) {
        return sql.strip().lines().findFirst().orElse(sql);
    }
}
