package org.budayang.central.console;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.central.db.DatabaseException;

/**
 * Plain parameterised JDBC for the console: every value is bound, never spliced into SQL text.
 * {@link Instant} parameters are bound as UTC {@link OffsetDateTime}s (H2 and PostgreSQL alike).
 */
public final class Sql {
    /** Maps the current row. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public <T> List<T> list(String sql, Row<T> mapper, Object... params) {
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
            throw failure("Console query failed: " + firstLine(sql), e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, row -> row.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure("Console update failed: " + firstLine(sql), e);
        }
    }

    /** Whether a table of that name exists (any case), for read models whose source may not be installed. */
    public boolean tableExists(String table) {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
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

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                value = instant.atOffset(ZoneOffset.UTC);
            }
            statement.setObject(i + 1, value);
        }
    }

    private static DatabaseException failure(String what, SQLException e) {
        return new DatabaseException(what + " (SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + ")", e);
    }

    private static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 80) + "…" : line;
    }
}
