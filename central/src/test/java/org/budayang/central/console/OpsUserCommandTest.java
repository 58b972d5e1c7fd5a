package org.budayang.central.console;

import org.budayang.central.db.Jdbc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.budayang.central.config.CentralConfig;
import org.budayang.central.console.auth.OpsUsers;
import org.budayang.central.console.auth.PasswordHasher;
import org.budayang.central.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code central add-ops-user}: the first admin goes into central's own (H2 file) database, password on stdin. */
class OpsUserCommandTest {
    private final PasswordHasher hasher = new PasswordHasher(ConsoleServer.TEST_COST, new SecureRandom(), 1);

    @Test
    void addsTheFirstAdminAndResetsAPassword(@TempDir Path dataDir) throws Exception {
        var request = OpsUserCommand.parse("--user", "admin.li", "--role", "admin", "--name", "李管理",
                "--data-dir", dataDir.toString());
        String done = OpsUserCommand.run(request, stdin("first password 1\n"), hasher, Clock.systemUTC());
        assertEquals("Ops user admin.li added with role ADMIN", done);
        var reset = OpsUserCommand.parse("--user", "admin.li", "--reset", "--data-dir", dataDir.toString());
        assertTrue(OpsUserCommand.run(reset, stdin("second password 2\n"), hasher, Clock.systemUTC())
                .contains("reset"));
        try (Database database = Database.open(CentralConfig.of(new java.util.Properties(), dataDir).database())) {
            OpsUsers users = new OpsUsers(new Jdbc(database.dataSource()), Clock.systemUTC());
            assertEquals("李管理", users.find("admin.li").orElseThrow().displayName());
            assertTrue(hasher.verify("second password 2", users.passwordHash("admin.li").orElseThrow()));
        }
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class, () -> OpsUserCommand.run(
                OpsUserCommand.parse("--user", "nobody.x", "--reset", "--data-dir", dataDir.toString()),
                stdin("third password 3\n"), hasher, Clock.systemUTC()));
        assertTrue(again.getMessage().contains("'nobody.x' does not exist"), again.getMessage());
    }

    @Test
    void argumentsAndAMissingPasswordAreExplained(@TempDir Path dataDir) {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OpsUserCommand.parse("--role", "admin"))
                .getMessage().contains("needs --user"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OpsUserCommand.parse("--user", "a.b"))
                .getMessage().contains("needs --role"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OpsUserCommand.parse("--user", "Admin!",
                "--role", "admin")).getMessage().contains("'Admin!'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OpsUserCommand.run(OpsUserCommand.parse(
                "--user", "admin.li", "--role", "admin", "--data-dir", dataDir.toString()), stdin(""), hasher,
                Clock.systemUTC())).getMessage().contains("No password on standard input"));
    }

    private static ByteArrayInputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
