package org.budayang.driver.cups;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private cupsd for the tests and the bench: its own ServerRoot, spool, logs and ServerBin under
 * {@code /tmp/budayang-cupsd/<pid of this JVM>}, listening on a free loopback port, so the tests can stop, freeze
 * (SIGSTOP) and restart it without touching a system cupsd, and two JVMs (tests and bench) do not meet. What a
 * JVM that died left behind (its cupsd, its directory, its cups-pdf configuration) is removed at the next start.
 * Two queues:
 * <ul>
 *   <li>{@value #PDF_QUEUE}: cups-pdf ({@code cups-pdf:/budayang-<pid>}, PPD CUPS-PDF_opt, default media set to
 *       Letter so that A4 output proves the driver asked for A4); cups-pdf reads
 *       {@code /etc/cups/cups-pdf-budayang-<pid>.conf} (written here: output into {@link #pdfOutput()});</li>
 *   <li>{@value #TEST_QUEUE}: the test backend {@code budayang-fault} (test resource, CUPS backend protocol) with a
 *       duplex-capable PPD that passes PDF through unchanged: it records each job's data and options in
 *       {@link #recorder()} and can be made slow or report media-empty ({@link #backendMode}).</li>
 * </ul>
 * One server per JVM ({@link #shared()}), stopped by a shutdown hook.
 */
final class CupsServer {
    static final String PDF_QUEUE = "budayang-pdf";
    static final String TEST_QUEUE = "budayang-test";
    private static final Path PARENT = Path.of("/tmp/budayang-cupsd");
    private static final long PID = ProcessHandle.current().pid();
    private static final Path ROOT = PARENT.resolve(Long.toString(PID));
    /** cups-pdf reads /etc/cups/cups-pdf-NAME.conf for device URI cups-pdf:/NAME (its config dir is fixed). */
    private static final String CUPS_PDF_NAME = "budayang-" + PID;
    private static final Path CUPS_PDF_CONF = Path.of("/etc/cups/cups-pdf-" + CUPS_PDF_NAME + ".conf");
    private static CupsServer shared;

    private final int port;
    private Process cupsd;

    private CupsServer(int port) {
        this.port = port;
    }

    /** The JVM's server, started on first use; skips (or fails with CI=true) when CUPS is not installed. */
    static synchronized CupsServer shared() {
        ServiceRequirement.require(ServiceRequirement.executable("/usr/sbin/cupsd"), "/usr/sbin/cupsd is missing");
        ServiceRequirement.require(ServiceRequirement.executable("/usr/sbin/lpadmin"), "/usr/sbin/lpadmin is missing");
        ServiceRequirement.require(Files.exists(Path.of("/usr/lib/cups/backend/cups-pdf")),
                "the cups-pdf backend is missing");
        ServiceRequirement.require("root".equals(System.getProperty("user.name")),
                "the tests run as " + System.getProperty("user.name") + ", not root (cups-pdf runs as root)");
        if (shared == null) {
            try {
                CupsServer server = new CupsServer(freePort());
                server.install();
                server.start();
                server.createQueues();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.stop();
                    try {
                        Files.deleteIfExists(CUPS_PDF_CONF);
                    } catch (IOException ignored) {
                        // removed at the next start by whichever JVM comes next
                    }
                }, "cupsd-stop"));
                shared = server;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start a private cupsd under " + ROOT, e);
            }
        }
        shared.ensureRunning();
        return shared;
    }

    int port() {
        return port;
    }

    URI queueUri(String queue) {
        return URI.create("ipp://127.0.0.1:" + port + "/printers/" + queue);
    }

    Path pdfOutput() {
        return ROOT.resolve("pdf-out");
    }

    Path recorder() {
        return ROOT.resolve("recorder");
    }

    long pid() {
        return cupsd.pid();
    }

    /** What the test backend does with the next jobs: {@code ok}, {@code sleep <seconds>}, {@code media-empty}. */
    void backendMode(String mode) {
        try {
            Files.writeString(recorder().resolve("mode"), mode + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the queue's printer-state-reasons through CUPS-Add-Modify-Printer ({@code lpadmin -o}); "none" clears. */
    void reasons(String queue, String reasons) {
        run("/usr/sbin/lpadmin", "-h", host(), "-p", queue, "-o", "printer-state-reasons=" + reasons);
    }

    /** Stops ({@code cupsdisable}) or starts ({@code cupsenable}) the queue. */
    void queueEnabled(String queue, boolean enabled) {
        run(enabled ? "/usr/sbin/cupsenable" : "/usr/sbin/cupsdisable", "-h", host(), queue);
    }

    void cancelAll(String queue) {
        run("/usr/bin/cancel", "-h", host(), "-a", queue);
    }

    /** The queue's jobs that are not finished, as {@code lpstat -o} lists them. */
    List<String> unfinishedJobs(String queue) {
        return run("/usr/bin/lpstat", "-h", host(), "-o", queue).lines().filter(line -> !line.isBlank()).toList();
    }

    /** Freezes (SIGSTOP) or thaws (SIGCONT) cupsd: it accepts connections but answers nothing. */
    void frozen(boolean frozen) {
        run("/bin/kill", frozen ? "-STOP" : "-CONT", Long.toString(cupsd.pid()));
    }

    /**
     * Puts the server back as a test expects it: running, thawed, queues enabled, no reasons, no jobs, nothing
     * recorded by the test backend.
     */
    void reset() {
        ensureRunning();
        backendMode("ok");
        for (String queue : List.of(PDF_QUEUE, TEST_QUEUE)) {
            queueEnabled(queue, true);
            reasons(queue, "none");
            cancelAll(queue);
        }
        for (Path recorded : Printers.files(recorder(), "")) {
            if (!recorded.getFileName().toString().equals("mode")) {
                try {
                    Files.delete(recorded);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    void ensureRunning() {
        if (cupsd == null || !cupsd.isAlive()) {
            start();
        } else {
            frozen(false);
        }
    }

    synchronized void start() {
        if (cupsd != null && cupsd.isAlive()) {
            return;
        }
        try {
            cupsd = new ProcessBuilder("/usr/sbin/cupsd", "-f", "-c", ROOT.resolve("etc/cupsd.conf").toString(),
                    "-s", ROOT.resolve("etc/cups-files.conf").toString()).redirectErrorStream(true)
                    .redirectOutput(ROOT.resolve("log/cupsd.out").toFile()).start();
            Files.writeString(ROOT.resolve("cupsd.pid"), Long.toString(cupsd.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start /usr/sbin/cupsd", e);
        }
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!cupsd.isAlive()) {
                    throw new IllegalStateException("cupsd exited with " + cupsd.exitValue() + "; see "
                            + ROOT.resolve("log"));
                }
                sleep(50);
            }
        }
        throw new IllegalStateException("cupsd did not listen on 127.0.0.1:" + port + " within 15 s");
    }

    /** Stops cupsd (SIGTERM, thawed first) and waits until it is gone. */
    synchronized void stop() {
        if (cupsd == null || !cupsd.isAlive()) {
            return;
        }
        frozen(false);
        cupsd.destroy();
        try {
            if (!cupsd.waitFor(10, TimeUnit.SECONDS)) {
                cupsd.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends bytes to cupsd's port as an IPP request body and reads whatever it answers (malformed IPP). */
    String sendRaw(byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(3000);
            String head = "POST /printers/" + TEST_QUEUE + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/ipp\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            byte[] answer = socket.getInputStream().readNBytes(4096);
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            return text.lines().findFirst().orElse("(no answer)");
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }

    private String host() {
        return "127.0.0.1:" + port;
    }

    private void install() throws IOException {
        removeStale();
        for (String dir : List.of("etc", "spool/tmp", "cache", "state", "log", "bin/backend", "pdf-out", "recorder")) {
            Files.createDirectories(ROOT.resolve(dir));
        }
        for (String open : List.of("spool/tmp", "pdf-out", "recorder")) {
            Files.setPosixFilePermissions(ROOT.resolve(open), PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Files.writeString(ROOT.resolve("etc/cupsd.conf"), String.join("\n",
                "LogLevel info", "Listen 127.0.0.1:" + port, "Browsing No", "DefaultAuthType None",
                "WebInterface No", "IdleExitTimeout 0", "JobRetryLimit 0", "ErrorPolicy abort-job",
                "PreserveJobHistory Yes", "MaxJobs 0",
                "<Location />", "  Order allow,deny", "  Allow all", "</Location>",
                "<Policy default>",
                // as on a kiosk: only named users may change a queue (the tests' lpadmin as root, the driver as
                // budayang); any other requesting user is refused (ConditionClearedTest)
                "  <Limit CUPS-Add-Modify-Printer>", "    Require user root budayang", "    Order deny,allow",
                "  </Limit>",
                "  <Limit All>", "    Order deny,allow", "  </Limit>", "</Policy>", ""));
        Files.writeString(ROOT.resolve("etc/cups-files.conf"), String.join("\n",
                "ServerRoot " + ROOT.resolve("etc"), "RequestRoot " + ROOT.resolve("spool"),
                "TempDir " + ROOT.resolve("spool/tmp"), "CacheDir " + ROOT.resolve("cache"),
                "StateDir " + ROOT.resolve("state"), "ErrorLog " + ROOT.resolve("log/error_log"),
                "AccessLog " + ROOT.resolve("log/access_log"), "PageLog " + ROOT.resolve("log/page_log"),
                "ServerBin " + ROOT.resolve("bin"), "User lp", "Group lp", ""));
        try (Stream<Path> system = Files.list(Path.of("/usr/lib/cups"))) {
            for (Path entry : system.toList()) {
                if (!entry.getFileName().toString().equals("backend")) {
                    Files.createSymbolicLink(ROOT.resolve("bin").resolve(entry.getFileName()), entry);
                }
            }
        }
        try (Stream<Path> backends = Files.list(Path.of("/usr/lib/cups/backend"))) {
            for (Path backend : backends.toList()) {
                Files.createSymbolicLink(ROOT.resolve("bin/backend").resolve(backend.getFileName()), backend);
            }
        }
        Path fault = ROOT.resolve("bin/backend/budayang-fault");
        Files.write(fault, resource("budayang-fault"));
        Files.setPosixFilePermissions(fault, PosixFilePermissions.fromString("rwx------"));
        Files.write(ROOT.resolve("budayang-test.ppd"), resource("budayang-test.ppd"));
        Files.writeString(CUPS_PDF_CONF, String.join("\n", "# written by the driver-printer-cups tests",
                "Out " + pdfOutput(), "AnonDirName " + pdfOutput(), "AnonUser root", "Grp root", "Label 1",
                "Log " + ROOT.resolve("log"), ""));
        backendMode("ok");
    }

    private void createQueues() {
        run("/usr/sbin/lpadmin", "-h", host(), "-p", PDF_QUEUE, "-E", "-v", "cups-pdf:/" + CUPS_PDF_NAME,
                "-P", "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd", "-o", "PageSize=Letter");
        run("/usr/sbin/lpadmin", "-h", host(), "-p", TEST_QUEUE, "-E", "-v", "budayang-fault:" + recorder(),
                "-P", ROOT.resolve("budayang-test.ppd").toString());
    }

    /** Removes what JVMs that are gone left: their cupsd, directory and cups-pdf configuration. */
    private static void removeStale() throws IOException {
        Files.createDirectories(PARENT);
        try (Stream<Path> entries = Files.list(PARENT)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                boolean live = name.matches("\\d+") && ProcessHandle.of(Long.parseLong(name)).isPresent();
                if (live) {
                    continue;
                }
                Path pidFile = entry.resolve("cupsd.pid");
                if (Files.exists(pidFile)) {
                    long pid = Long.parseLong(Files.readString(pidFile).strip());
                    ProcessHandle.of(pid).filter(handle -> handle.info().command().orElse("").endsWith("cupsd"))
                            .ifPresent(handle -> {
                                handle.destroyForcibly();
                                handle.onExit().join();
                            });
                }
                delete(entry);
                Files.deleteIfExists(Path.of("/etc/cups/cups-pdf-budayang-" + name + ".conf"));
            }
        }
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path inside : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(inside);
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CupsServer.class.getResourceAsStream("/cups/" + name)) {
            if (in == null) {
                throw new IOException("test resource /cups/" + name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output.lines().filter(line -> !line.contains("deprecated"))
                    .reduce("", (a, b) -> a + b + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + String.join(" ", new ArrayList<>(List.of(command))));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
