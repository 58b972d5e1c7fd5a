package org.budayang.central.flows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.budayang.central.db.Jdbc;

/**
 * Inserts rows keyed by a client's id exactly once: the statements run in one transaction, and a unique-key
 * violation (SQLState 23505 on H2 and PostgreSQL, the key already taken, also by a concurrent duplicate) rolls it
 * back and answers {@code false} instead of failing, so that the caller reads and answers the first row.
 */
final class OnceInsert {
    private static final String UNIQUE_VIOLATION = "23505";

    /** One statement with its parameters. */
    record Statement(String sql, Object... params) {
    }

    private OnceInsert() {
    }

    static boolean insert(DataSource dataSource, String operation, List<Statement> statements) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (Statement statement : statements) {
                    try (PreparedStatement s = c.prepareStatement(statement.sql())) {
                        Jdbc.bind(s, statement.params());
                        s.executeUpdate();
                    }
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw Jdbc.failure(operation, e);
        }
    }
}
