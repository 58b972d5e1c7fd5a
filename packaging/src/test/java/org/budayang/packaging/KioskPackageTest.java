package org.budayang.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.budayang.kiosk.core.security.PinHasher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The budayang-kiosk package's life in a throwaway root: install, what it installed, its programs on the installed
 * runtime, upgrade to version N+1 over a changed configuration, remove, purge (docs/decisions/0021). The steps build on
 * each other, in order. The throwaway root lacks the X session packages, so dpkg runs with --force-depends; the
 * maintainer scripts run for real.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskPackageTest {
    private static final String CONFIG = "/etc/budayang/kiosk.properties";
    private final BuiltPackages built = new BuiltPackages();
    private ThrowawayRoot root;
    private Path deb;
    private String configBeforeUpgrade;

    @BeforeAll
    void install() throws IOException {
        BuiltPackages.assumeUsable();
        deb = built.deb("budayang-kiosk");
        root = ThrowawayRoot.create("kiosk");
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
    void installsWithUserFoldersAndConfiguration() {
        String out = root.run("dpkg", "--force-depends", "-i", "/budayang-test/" + deb.getFileName())
                .expect(0, "dpkg -i").output();
        assertTrue(out.contains("wrote " + CONFIG + " from the example"), out);
        assertEquals("budayang lp dialout video plugdev",
                root.sh("id -nG budayang").expect(0, "id").output().strip(), "the kiosk user's groups");
        assertEquals("/var/lib/budayang:/usr/sbin/nologin",
                root.sh("getent passwd budayang | cut -d: -f6,7").output().strip());
        assertEquals(List.of(
                        "750 budayang budayang /var/lib/budayang",
                        "750 budayang budayang /var/log/budayang",
                        "2775 root budayang /etc/budayang",
                        "640 root budayang " + CONFIG,
                        "755 root root /opt/budayang/bin/budayang-kiosk",
                        "755 root root /opt/budayang/bin/budayang-provision",
                        "755 root root /opt/budayang/bin/budayang-xsession",
                        "755 root root /opt/budayang/bin/budayang-session",
                        "755 root root /opt/budayang/runtime/bin/java",
                        "644 root root /lib/systemd/system/budayang-kiosk.service",
                        "644 root root /usr/lib/udev/rules.d/60-budayang.rules",
                        "644 root root /etc/logrotate.d/budayang"),
                lines(root.sh("stat -c '%a %U %G %n' /var/lib/budayang /var/log/budayang /etc/budayang " + CONFIG
                        + " /opt/budayang/bin/budayang-kiosk /opt/budayang/bin/budayang-provision"
                        + " /opt/budayang/bin/budayang-xsession /opt/budayang/bin/budayang-session"
                        + " /opt/budayang/runtime/bin/java /lib/systemd/system/budayang-kiosk.service"
                        + " /usr/lib/udev/rules.d/60-budayang.rules /etc/logrotate.d/budayang")
                        .expect(0, "stat").output()));
        assertEquals("/opt/budayang/bin/budayang-provision",
                root.sh("readlink /usr/bin/budayang-provision").output().strip());
        List<String> stray = lines(root.run("dpkg", "-L", "budayang-kiosk").expect(0, "dpkg -L").output()).stream()
                .filter(f -> !f.matches("/\\.|/(etc|lib|usr|opt)|/etc/logrotate\\.d(/budayang)?|/lib/systemd(/system)?"
                        + "|/lib/systemd/system/budayang-kiosk\\.service|/usr/(bin|lib|share)"
                        + "|/usr/bin/budayang-provision|/usr/lib/udev(/rules\\.d(/60-budayang\\.rules)?)?"
                        + "|/usr/share/(budayang|doc)(/.*)?|/opt/budayang(/.*)?"))
                .toList();
        assertEquals(List.of(), stray, "files outside the layout of decision 0021");
        assertEquals("/etc/logrotate.d/budayang", root.sh("dpkg-query -W -f '${Conffiles}' budayang-kiosk")
                .output().strip().split(" ")[0], "the logrotate file is the package's only conffile");
        assertTrue(root.sh("ls /opt/budayang/lib").output().contains("javafx-graphics-17.0.16-linux.jar"),
                "JavaFX's Linux jars are on the class path");
    }

    @Test
    @Order(2)
    void theUnitPassesSystemdAnalyzeVerify() {
        BuiltPackages.assumeTool("systemd-analyze", "systemd");
        // verify also checks that ExecStartPre/ExecStart exist and are executable in the installed root
        ThrowawayRoot.Result verify = root.run("systemd-analyze", "verify", "/lib/systemd/system/budayang-kiosk.service");
        assertEquals(0, verify.exit(), verify.output());
        assertFalse(verify.output().contains("budayang-kiosk.service:"), verify.output());
        String unit = root.sh("cat /lib/systemd/system/budayang-kiosk.service").output();
        for (String line : List.of("User=budayang", "Restart=always", "RestartForceExitStatus=75", "Type=notify",
                "NotifyAccess=all", "WatchdogSec=60",
                "ExecStartPre=/opt/budayang/bin/budayang-provision config validate -c " + CONFIG)) {
            assertTrue(unit.lines().anyMatch(line::equals), "the unit has " + line);
        }
    }

    @Test
    @Order(3)
    void udevReadsTheRulesAndTheSessionScriptsParse() {
        BuiltPackages.assumeTool("udevadm", "udev");
        String device = root.sh("ls -d /sys/class/tty/tty* | head -1").output().strip();
        String test = root.run("udevadm", "test", "--action=add", device).output();
        assertTrue(test.contains("Reading rules file: /usr/lib/udev/rules.d/60-budayang.rules"), test);
        assertFalse(test.lines().anyMatch(l -> l.startsWith("/usr/lib/udev/rules.d/60-budayang.rules:")),
                "udev complains about a line of 60-budayang.rules:\n" + test);
        for (String script : List.of("budayang-kiosk", "budayang-provision", "budayang-xsession",
                "budayang-session")) {
            root.run("sh", "-n", "/opt/budayang/bin/" + script).expect(0, "sh -n " + script);
        }
    }

    @Test
    @Order(4)
    void theTechniciansCliRunsOnTheInstalledRuntime() {
        String help = root.run("budayang-provision", "--help").expect(0, "budayang-provision --help").output();
        assertTrue(help.contains("probe") && help.contains("selftest") && help.contains("config"), help);
        // the example is incomplete on purpose: the unit's ExecStartPre (run as budayang) stops with the key named
        String validate = root.run("setpriv", "--reuid=budayang", "--regid=budayang", "--init-groups",
                "budayang-provision", "config", "validate", "-c", CONFIG).expect(3, "config validate").output();
        assertTrue(validate.contains("CONFIG_MISSING") && validate.contains("technician.pin.hash"), validate);
    }

    @Test
    @Order(5)
    void theInstalledJarsFindEveryDriver() {
        // the drivers are found by ServiceLoader from the installed lib/: an unknown name lists the ones installed
        String file = "/tmp/unknown-driver.properties";
        root.sh("cp " + CONFIG + " " + file + " && echo 'technician.pin.hash=" + PinHasher.hash("975310".toCharArray())
                + "' >> " + file + " && echo 'device.receiptPrinter.driver=nosuch' >> " + file).expect(0, "write");
        String out = root.run("budayang-provision", "config", "validate", "-c", file).expect(3, "validate").output();
        assertTrue(out.contains("device.receiptPrinter.driver: 'nosuch'"), out);
        for (String driver : List.of("camera-gst", "cash-ssp", "cups", "escpos", "idcard-sam", "pcsc-sscard",
                "qr-serial")) {
            assertTrue(out.contains(driver), "driver " + driver + " installed: " + out);
        }
        // probe opens serial ports through jSerialComm and the drivers: a missing port is named, exit 1 (no device)
        String probe = root.run("budayang-provision", "probe", "--only-given", "--port", "/nonexistent", "--time-box",
                "2").expect(1, "probe of a missing port").output();
        assertTrue(probe.contains("/nonexistent") && probe.contains("missing"), probe);
        // the kiosk's own main class on the installed class path: a missing configuration is exit 2, named
        String kiosk = root.run("/opt/budayang/bin/budayang-kiosk", "--config", "/nonexistent.properties")
                .expect(2, "budayang-kiosk with no configuration").output();
        assertTrue(kiosk.contains("The kiosk cannot start") && kiosk.contains("/nonexistent.properties"), kiosk);
    }

    @Test
    @Order(6)
    void theRuntimeHasGb18030AndTheModulesReflectionNeeds() throws IOException {
        Path classes = Files.createDirectories(Path.of("target", "charset-probe").toAbsolutePath());
        Path source = classes.resolve("CharsetProbe.java");
        Files.writeString(source, String.join("\n",
                "public class CharsetProbe {",
                "  public static void main(String[] a) throws Exception {",
                "    byte[] b = \"中\".getBytes(java.nio.charset.Charset.forName(\"GB18030\"));",
                "    System.out.printf(\"%s %02x%02x%n\", java.nio.charset.Charset.isSupported(\"GBK\"), b[0], b[1]);",
                "    javax.crypto.KeyAgreement.getInstance(\"ECDH\");",
                "    System.out.println(java.time.format.DateTimeFormatter.ofPattern(\"EEEE\", java.util.Locale.CHINA)",
                "        .format(java.time.LocalDate.of(2026, 11, 27)));",
                "  }",
                "}"), StandardCharsets.UTF_8);
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-encoding",
                "UTF-8", "-d", classes.toString(), source.toString()), "javac CharsetProbe");
        root.put(classes.resolve("CharsetProbe.class"), "/budayang-test/probe/CharsetProbe.class");
        String out = root.run("/opt/budayang/runtime/bin/java", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", "/budayang-test/probe", "CharsetProbe").expect(0, "CharsetProbe on the installed runtime").output();
        assertEquals(List.of("true d6d0", "星期五"), lines(out), "GB18030 and GBK (jdk.charsets), ECDH "
                + "(jdk.crypto.ec), Chinese day names (jdk.localedata)");
        String modules = root.run("/opt/budayang/runtime/bin/java", "--list-modules").expect(0, "--list-modules")
                .output();
        for (String module : List.of("jdk.charsets", "jdk.crypto.ec", "jdk.localedata", "java.smartcardio",
                "jdk.zipfs", "java.naming", "java.sql", "jdk.unsupported", "java.desktop")) {
            assertTrue(modules.contains(module + "@"), module + " in the runtime: " + modules);
        }
        assertFalse(modules.contains("jdk.compiler@"), "no compiler in a kiosk's runtime");
    }

    @Test
    @Order(7)
    void theInstalledKioskShowsItsShellAndTellsSystemd() throws IOException {
        BuiltPackages.assumeTool("Xvfb", "xvfb");
        BuiltPackages.assumeTool("python3", "python3");
        root.run("budayang-provision", "config", "set", "technician.pin.hash=" + PinHasher.hash(
                "864213".toCharArray()), "central.url=http://127.0.0.1:9").expect(0, "config set");
        // a fake systemd notify socket, a virtual screen, and the kiosk as its unit starts it (user budayang, the
        // installed launcher), until it said READY=1 and pinged the watchdog twice
        root.put(write("notify-receiver.py", String.join("\n",
                "import socket, sys",
                "s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)",
                "s.bind(sys.argv[1])",
                "while True:",
                "    print(s.recv(4096).decode(), flush=True)")), "/budayang-test/notify-receiver.py");
        String script = String.join("\n",
                "T=/budayang-test; mkdir -p -m 1777 $T/run",
                "python3 $T/notify-receiver.py $T/run/notify.sock > $T/notify.out 2>&1 & RECV=$!",
                "Xvfb -displayfd 1 -screen 0 1920x1080x24 -nolisten tcp > $T/display 2> $T/xvfb.log & XVFB=$!",
                "i=0; while { [ ! -S $T/run/notify.sock ] || [ ! -s $T/display ]; } && [ $i -lt 100 ]; do",
                "  sleep 0.2; i=$((i+1)); done",
                "chmod 0777 $T/run/notify.sock",
                "cd /var/lib/budayang",
                "DISPLAY=:$(cat $T/display) NOTIFY_SOCKET=$T/run/notify.sock WATCHDOG_USEC=2000000 setpriv"
                        + " --reuid=budayang --regid=budayang --init-groups env HOME=/var/lib/budayang"
                        + " /opt/budayang/bin/budayang-kiosk > $T/kiosk.out 2>&1 & KIOSK=$!",
                "i=0; while [ \"$(grep -c WATCHDOG=1 $T/notify.out)\" -lt 2 ] && kill -0 $KIOSK 2>/dev/null"
                        + " && [ $i -lt 450 ]; do sleep 0.2; i=$((i+1)); done",
                "kill $KIOSK; wait $KIOSK; echo \"kiosk exit $?\"; kill $RECV $XVFB",
                "echo '--- notify'; cat $T/notify.out; echo '--- kiosk'; cat $T/kiosk.out");
        String out = root.run("sh", "-c", script).expect(0, "the kiosk session script").output();
        String notify = out.substring(out.indexOf("--- notify"), out.indexOf("--- kiosk"));
        List<String> messages = notify.lines().filter(l -> l.endsWith("=1") && !l.equals("BARRIER=1")).toList();
        assertTrue(messages.size() >= 3 && messages.get(0).equals("READY=1")
                && messages.subList(1, 3).equals(List.of("WATCHDOG=1", "WATCHDOG=1")), "READY=1, then pings: " + out);
        String kiosk = out.substring(out.indexOf("--- kiosk"));
        assertTrue(kiosk.contains("Kiosk shell shown"), kiosk);
        assertFalse(kiosk.lines().anyMatch(l -> l.contains(" ERROR ")), "no ERROR from the installed kiosk:\n" + kiosk);
        assertTrue(Files.isRegularFile(root.changed("/var/lib/budayang/journal/journal.db")),
                "the journal (SQLite, native library from the installed jar) is in the data folder: " + kiosk);
    }

    @Test
    @Order(8)
    void anUpgradeKeepsTheConfigurationAndTheData() throws Exception {
        root.run("budayang-provision", "config", "set", "technician.pin.hash=" + PinHasher.hash(
                "246813".toCharArray()), "site.name=兰州市城关区测试站点").expect(0, "config set");
        // the unit's ExecStartPre runs as budayang: the file the technician (root) wrote must stay readable to it,
        // and no one else's (the PIN hash): the launcher gives it back to group budayang, 0640
        assertEquals("640 root budayang", root.sh("stat -c '%a %U %G' " + CONFIG).output().strip());
        root.run("setpriv", "--reuid=budayang", "--regid=budayang", "--init-groups", "budayang-provision", "config",
                "validate").expect(0, "config validate as budayang after config set");
        // what root writes in the data folder (as `budayang-provision enrol` does) is the kiosk's after the CLI ran
        root.sh("mkdir -p /var/lib/budayang/fleet && echo credentials > /var/lib/budayang/fleet/marker"
                + " && chmod 0600 /var/lib/budayang/fleet/marker").expect(0, "root writes the data folder");
        root.run("budayang-provision", "--help").expect(0, "budayang-provision --help");
        assertEquals("600 budayang budayang", root.sh("stat -c '%a %U %G' /var/lib/budayang/fleet/marker").output()
                .strip(), "the CLI run as root gives the data folder back to budayang");
        root.run("setpriv", "--reuid=budayang", "--regid=budayang", "--init-groups", "cat",
                "/var/lib/budayang/fleet/marker").expect(0, "the kiosk user reads its credentials");
        configBeforeUpgrade = root.run("cat", CONFIG).output();
        assertTrue(configBeforeUpgrade.contains("兰州市城关区测试站点"), configBeforeUpgrade);

        String next = BuiltPackages.version(deb) + "+1";
        Path nextDeb = built.buildVersion("budayang-kiosk", next, Path.of("target", "deb-next").toAbsolutePath());
        root.put(nextDeb, "/budayang-test/" + nextDeb.getFileName());
        String out = root.run("dpkg", "--force-depends", "-i", "/budayang-test/" + nextDeb.getFileName())
                .expect(0, "dpkg -i version N+1").output();
        assertFalse(out.contains("from the example"), "the upgrade wrote no new configuration: " + out);
        assertFalse(out.contains("Configuration file"), "dpkg asked nothing: " + out);
        assertEquals(next, root.sh("dpkg-query -W -f '${Version}' budayang-kiosk").output().strip());
        assertEquals(configBeforeUpgrade, root.run("cat", CONFIG).output(), "the configuration is unchanged");
        assertEquals("credentials", root.run("cat", "/var/lib/budayang/fleet/marker").output().strip());
        root.run("budayang-provision", "config", "validate").expect(0, "config validate after the upgrade");
    }

    @Test
    @Order(9)
    void removeKeepsConfigurationAndDataThenPurgeRemovesThem() {
        root.run("dpkg", "-r", "budayang-kiosk").expect(0, "dpkg -r");
        assertEquals("gone gone gone gone", root.sh("for f in /opt/budayang /usr/bin/budayang-provision"
                + " /lib/systemd/system/budayang-kiosk.service /usr/lib/udev/rules.d/60-budayang.rules;"
                + " do [ -e $f ] || [ -L $f ] && printf 'kept ' || printf 'gone '; done").output().strip());
        assertEquals(configBeforeUpgrade, root.run("cat", CONFIG).output(), "remove keeps the configuration");
        assertEquals("credentials", root.run("cat", "/var/lib/budayang/fleet/marker").output().strip(),
                "remove keeps the data");

        root.run("dpkg", "-P", "budayang-kiosk").expect(0, "dpkg -P");
        assertEquals("gone gone gone gone gone", root.sh("for f in " + CONFIG + " " + CONFIG + ".bak"
                + " /var/lib/budayang /var/log/budayang /etc/logrotate.d/budayang;"
                + " do [ -e $f ] && printf 'kept ' || printf 'gone '; done").output().strip(),
                "purge removes configuration (and its backup), data, logs and the logrotate conffile");
        assertNotEquals(0, root.run("dpkg", "-s", "budayang-kiosk").exit(), "not installed any more");
        root.sh("getent passwd budayang").expect(0, "the system user budayang stays (Debian keeps system users)");
    }

    private static Path write(String name, String text) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "package-test-files").toAbsolutePath());
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
