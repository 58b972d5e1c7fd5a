package org.budayang.central.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.budayang.central.CentralMain;
import org.budayang.central.CentralOptions;
import org.budayang.central.CentralServer;
import org.budayang.central.console.auth.PasswordHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Central as {@code CentralMain} starts it (H2 file database in a data directory) serves the console: the first
 * admin added by {@code add-ops-user} logs in and every page answers from fleet-ops' and the flows' tables.
 */
class ConsoleWiringTest {
    @Test
    void centralMainWiresTheConsoleOverTheRealFeatures(@TempDir Path dataDir) throws Exception {
        OpsUserCommand.run(OpsUserCommand.parse("--user", "admin.li", "--role", "admin", "--data-dir",
                dataDir.toString()), new ByteArrayInputStream("first password 1\n".getBytes(StandardCharsets.UTF_8)),
                new PasswordHasher(ConsoleServer.TEST_COST, new SecureRandom(), 1), Clock.systemUTC());
        CentralOptions options = new CentralOptions(CentralOptions.Command.SERVE, "127.0.0.1", 0, Optional.empty(),
                Optional.empty(), Optional.empty(), dataDir, Optional.empty(), Optional.empty(), false);
        try (CentralServer server = CentralMain.start(options, Clock.systemUTC())) {
            ConsoleHttp admin = new ConsoleHttp(server.url());
            assertEquals(303, admin.get("/console/fleet").statusCode(), "no session: to the login");
            assertEquals(303, admin.login("admin.li", "first password 1").statusCode());
            for (String page : new String[] {"/console/fleet", "/console/kiosks", "/console/kiosks?status=degraded",
                    "/console/alerts", "/console/alerts?state=RESOLVED", "/console/help", "/console/evaluations",
                    "/console/enrolment-codes", "/console/users", "/console/audit"}) {
                var response = admin.get(page);
                assertEquals(200, response.statusCode(), page + ": " + ConsolePagesHttpTest.main(response.body()));
            }
            assertTrue(admin.get("/console/fleet").body().contains("终端总数<b>0</b>"), "a new central knows no kiosk");
        }
    }
}
