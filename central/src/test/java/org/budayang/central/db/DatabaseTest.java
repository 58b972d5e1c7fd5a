package org.budayang.central.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void migratesAndAnswersOnBothDatabases(TestDatabases.Kind kind) throws Exception {
        try (Database db = TestDatabases.fresh(kind);
             Connection connection = db.dataSource().getConnection();
             ResultSet rows = connection.createStatement()
                     .executeQuery("SELECT info_value FROM central_info WHERE info_key = 'schema_created_by'")) {
            assertTrue(rows.next());
            assertEquals("budayang central", rows.getString(1));
            assertEquals(kind == TestDatabases.Kind.POSTGRESQL, db.config().isPostgres());
        }
    }

    @Test
    void unreachableServerIsNamedInTheError() {
        DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/nowhere", "u", "p", 1);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(config));
        assertTrue(e.getMessage().contains("jdbc:postgresql://127.0.0.1:1/nowhere"), e.getMessage());
    }

    @Test
    void unsupportedUrlIsRefusedWithWhatIsAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DatabaseConfig("jdbc:mysql://x/y", "u", "p", 1));
        assertTrue(e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
    }

    /** Review finding: the URL (which may carry ?password=) was logged whole. */
    @Test
    void theUrlIsNamedWithoutItsParametersAndNeverWithThePassword() {
        DatabaseConfig config = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/nowhere?password=hunter2-secret&ssl=false",
                "u", "hunter3-secret", 1);
        assertEquals("jdbc:postgresql://127.0.0.1:1/nowhere?…", config.redactedUrl());
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(config));
        assertTrue(e.getMessage().contains("jdbc:postgresql://127.0.0.1:1/nowhere?…"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter"), e.getMessage());
        assertFalse(config.toString().contains("hunter"), config.toString());
        assertEquals("jdbc:h2:mem:x;…", new DatabaseConfig("jdbc:h2:mem:x;PASSWORD=s", "", "", 1).redactedUrl());
        assertEquals("jdbc:h2:mem:x", new DatabaseConfig("jdbc:h2:mem:x", "", "", 1).redactedUrl());
    }
}
