package org.budayang.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The budayang-central package in a throwaway root: install, the installed central started from the installed files
 * as its user answers GET /health, upgrade to N+1 keeps central.properties, remove and purge (the data folder stays:
 * docs/decisions/0021).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CentralPackageTest {
    private static final String CONFIG = "/etc/budayang/central.properties";
    private static final String DATA = "/var/lib/budayang-central";
    private final BuiltPackages built = new BuiltPackages();
    private ThrowawayRoot root;
    private Path deb;

    @BeforeAll
    void install() throws IOException {
        BuiltPackages.assumeUsable();
        deb = built.deb("budayang-central");
        root = ThrowawayRoot.create("central");
        root.put(deb, "/budayang-test/" + deb.getFileName());
    }

    @AfterAll
    void discard() throws IOException {
        if (root != null) {
            root.close();
        }
    }

    @Test
    @Order(1)
    void installsUserDataFolderAndConfiguration() {
        String out = root.run("dpkg", "-i", "/budayang-test/" + deb.getFileName()).expect(0, "dpkg -i").output();
        assertTrue(out.contains("wrote " + CONFIG + " from the example"), out);
        assertEquals(List.of(
                        "750 budayang-central budayang-central " + DATA,
                        "640 root budayang-central " + CONFIG,
                        "755 root root /opt/budayang-central/bin/budayang-central",
                        "644 root root /lib/systemd/system/budayang-central.service",
                        "644 root root /usr/share/doc/budayang-central/postgresql.example"),
                root.sh("stat -c '%a %U %G %n' " + DATA + " " + CONFIG
                        + " /opt/budayang-central/bin/budayang-central /lib/systemd/system/budayang-central.service"
                        + " /usr/share/doc/budayang-central/postgresql.example").expect(0, "stat").output().lines()
                        .toList());
        List<String> stray = root.run("dpkg", "-L", "budayang-central").expect(0, "dpkg -L").output().lines()
                .filter(f -> !f.isBlank() && !f.matches("/\\.|/(lib|usr|opt)|/lib/systemd(/system)?"
                        + "|/lib/systemd/system/budayang-central\\.service|/usr/share"
                        + "|/usr/share/(budayang-central|doc)(/.*)?|/opt/budayang-central(/.*)?"))
                .toList();
        assertEquals(List.of(), stray, "files outside the layout of decision 0021");
        String example = root.run("cat", "/usr/share/doc/budayang-central/postgresql.example").output();
        for (String line : List.of("db.url=jdbc:postgresql://", "db.user=", "db.password=", "createuser",
                "createdb", "pg_hba.conf")) {
            assertTrue(example.contains(line), "postgresql.example has " + line);
        }
    }

    @Test
    @Order(2)
    void theUnitPassesSystemdAnalyzeVerify() {
        BuiltPackages.assumeTool("systemd-analyze", "systemd");
        ThrowawayRoot.Result verify = root.run("systemd-analyze", "verify",
                "/lib/systemd/system/budayang-central.service");
        assertEquals(0, verify.exit(), verify.output());
        assertFalse(verify.output().contains("budayang-central.service:"), verify.output());
        String unit = root.run("cat", "/lib/systemd/system/budayang-central.service").output();
        for (String line : List.of("User=budayang-central", "Restart=on-failure", "NoNewPrivileges=yes",
                "ProtectSystem=strict", "ReadWritePaths=" + DATA, "PrivateTmp=yes")) {
            assertTrue(unit.lines().anyMatch(line::equals), "the unit has " + line);
        }
    }

    @Test
    @Order(3)
    void theInstalledCentralStartsAsItsUserAndAnswersHealth() throws Exception {
        // as the unit runs it, on a free port (the unit's default is 8080) with a port file in its data folder;
        // started by root, the launcher runs it as budayang-central
        Path log = Path.of("target", "central-installed.log").toAbsolutePath();
        Process central = root.start(log, "/opt/budayang-central/bin/budayang-central", "--config", CONFIG, "--data-dir", DATA,
                "--host", "127.0.0.1", "--port", "0", "--port-file", DATA + "/central.port");
        try {
            Path portFile = root.changed(DATA + "/central.port");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!(Files.isRegularFile(portFile) && Files.size(portFile) > 0) && central.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(central.isAlive(), "the installed central ended early: " + output(central, log));
            assertTrue(Files.isRegularFile(portFile), "central wrote no port file within 90 s");
            int port = Integer.parseInt(Files.readString(portFile).strip());
            HttpResponse<String> health = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"UP\""), health.body());
            // read from the upper layer: a second mount of the same layers while central runs is not allowed
            Path database = root.changed(DATA + "/central.mv.db");
            assertTrue(Files.isRegularFile(database), "the H2 database is in the data folder");
            assertEquals(Files.getOwner(root.changed(DATA)), Files.getOwner(database),
                    "the database belongs to budayang-central, as its folder");
            assertFalse(Files.getOwner(database).getName().equals("root"), "central did not run as root");
        } finally {
            central.destroy();
            assertTrue(central.waitFor(30, TimeUnit.SECONDS), "central did not stop on SIGTERM");
        }
        assertTrue(List.of(0, 143).contains(central.exitValue()), "exit code on SIGTERM " + central.exitValue()
                + ": " + output(central, log));
    }

    @Test
    @Order(4)
    void anUpgradeKeepsCentralProperties() throws Exception {
        root.sh("printf 'help.phone=0931-12345\\nhelp.responseMinutes=7\\n' >> " + CONFIG).expect(0, "edit");
        String before = root.run("cat", CONFIG).output();
        String next = BuiltPackages.version(deb) + "+1";
        Path nextDeb = built.buildVersion("budayang-central", next, Path.of("target", "deb-next").toAbsolutePath());
        root.put(nextDeb, "/budayang-test/" + nextDeb.getFileName());
        String out = root.run("dpkg", "-i", "/budayang-test/" + nextDeb.getFileName()).expect(0, "dpkg -i N+1")
                .output();
        assertFalse(out.contains("from the example"), out);
        assertEquals(next, root.sh("dpkg-query -W -f '${Version}' budayang-central").output().strip());
        assertEquals(before, root.run("cat", CONFIG).output(), "central.properties is unchanged");
        assertEquals("640 root budayang-central", root.sh("stat -c '%a %U %G' " + CONFIG).output().strip());
    }

    @Test
    @Order(5)
    void removeKeepsAllThenPurgeRemovesConfigurationButKeepsTheData() {
        root.run("dpkg", "-r", "budayang-central").expect(0, "dpkg -r");
        assertEquals("gone gone kept kept", root.sh("for f in /opt/budayang-central"
                + " /lib/systemd/system/budayang-central.service " + CONFIG + " " + DATA + "/central.mv.db;"
                + " do [ -e $f ] && printf 'kept ' || printf 'gone '; done").output().strip());
        String purge = root.run("dpkg", "-P", "budayang-central").expect(0, "dpkg -P").output();
        assertTrue(purge.contains(DATA + " (database, kiosk CA) is kept"), purge);
        assertEquals("gone kept", root.sh("for f in " + CONFIG + " " + DATA + "/central.mv.db;"
                + " do [ -e $f ] && printf 'kept ' || printf 'gone '; done").output().strip(),
                "purge removes central.properties and keeps the database");
    }

    private static String output(Process process, Path log) {
        try {
            return (process.isAlive() ? "(running) " : "") + Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }
}
