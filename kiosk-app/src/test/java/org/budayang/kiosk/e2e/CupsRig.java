package org.budayang.kiosk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A private cupsd for the kiosk's end-to-end tests, as a kiosk's CUPS: its own ServerRoot, spool and logs under
 * {@code /tmp/budayang-kiosk-cupsd/<pid>-<n>} (world-traversable, since cupsd runs filters as lp), a free loopback
 * port, and one raw queue {@value #QUEUE} whose backend ({@code budayang-file}, written here, run as root because it
 * is 0700) copies each job's data unchanged into {@link #output()} as {@code job-<cups id>.pdf}. The kiosk's real
 * {@code cups} driver talks IPP to it; the test reads back exactly what the kiosk sent to the printer.
 *
 * <p>Without cupsd (Debian package {@code cups}) or as a non-root user the test is skipped with that message; with
 * the environment variable CI=true it fails instead.
 */
final class CupsRig implements AutoCloseable {
    static final String QUEUE = "kiosk-a4";
    private static final Path PARENT = Path.of("/tmp/budayang-kiosk-cupsd");
    private static final java.util.concurrent.atomic.AtomicInteger RIGS = new java.util.concurrent.atomic.AtomicInteger();

    private final Path root;
    private final int port;
    private final Process cupsd;

    private CupsRig(Path root, int port, Process cupsd) {
        this.root = root;
        this.port = port;
        this.cupsd = cupsd;
    }

    /** Starts cupsd with the queue; skips (or fails when CI=true) where CUPS is not installed or not root. */
    static CupsRig start() throws IOException, InterruptedException {
        require(executable("/usr/sbin/cupsd"), "/usr/sbin/cupsd is missing");
        require(executable("/usr/sbin/lpadmin"), "/usr/sbin/lpadmin is missing");
        require("root".equals(System.getProperty("user.name")), "the tests run as " + System.getProperty("user.name")
                + ", not root (cupsd drops to the lp user)");
        Path root = PARENT.resolve(ProcessHandle.current().pid() + "-" + RIGS.incrementAndGet());
        delete(root);
        for (String dir : List.of("etc", "spool/tmp", "cache", "state", "log", "bin/backend", "out")) {
            Files.createDirectories(root.resolve(dir));
        }
        Files.setPosixFilePermissions(PARENT, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path p : List.of(root, root.resolve("bin"), root.resolve("bin/backend"), root.resolve("etc"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(root.resolve("spool/tmp"), PosixFilePermissions.fromString("rwxrwxrwx"));
        int port = freePort();
        Files.writeString(root.resolve("etc/cupsd.conf"), String.join("\n", "LogLevel info",
                "Listen 127.0.0.1:" + port, "Browsing No", "DefaultAuthType None", "WebInterface No",
                "IdleExitTimeout 0", "JobRetryLimit 0", "ErrorPolicy abort-job", "PreserveJobHistory Yes", "MaxJobs 0",
                "<Location />", "  Order allow,deny", "  Allow all", "</Location>", ""));
        Files.writeString(root.resolve("etc/cups-files.conf"), String.join("\n", "ServerRoot " + root.resolve("etc"),
                "RequestRoot " + root.resolve("spool"), "TempDir " + root.resolve("spool/tmp"),
                "CacheDir " + root.resolve("cache"), "StateDir " + root.resolve("state"),
                "ErrorLog " + root.resolve("log/error_log"), "AccessLog " + root.resolve("log/access_log"),
                "PageLog " + root.resolve("log/page_log"), "Printcap " + root.resolve("printcap"), "ServerBin " + root.resolve("bin"), "User lp", "Group lp",
                ""));
        try (Stream<Path> system = Files.list(Path.of("/usr/lib/cups"))) {
            for (Path entry : system.toList()) {
                if (!entry.getFileName().toString().equals("backend")) {
                    Files.createSymbolicLink(root.resolve("bin").resolve(entry.getFileName()), entry);
                }
            }
        }
        Path backend = root.resolve("bin/backend/budayang-file");
        Files.writeString(backend, String.join("\n", "#!/bin/sh",
                "# CUPS backend: no arguments = discovery; else job-id user title copies options [file]",
                "[ $# -eq 0 ] && { echo 'direct budayang-file \"Unknown\" \"Budayang file sink\"'; exit 0; }",
                "out='" + root.resolve("out") + "'",
                "if [ -n \"$6\" ]; then cp \"$6\" \"$out/job-$1.part\"; else cat > \"$out/job-$1.part\"; fi",
                "mv \"$out/job-$1.part\" \"$out/job-$1.pdf\"", "exit 0", ""));
        Files.setPosixFilePermissions(backend, PosixFilePermissions.fromString("rwx------"));
        Process cupsd = new ProcessBuilder("/usr/sbin/cupsd", "-f", "-c", root.resolve("etc/cupsd.conf").toString(),
                "-s", root.resolve("etc/cups-files.conf").toString()).redirectErrorStream(true)
                .redirectOutput(root.resolve("log/cupsd.out").toFile()).start();
        CupsRig rig = new CupsRig(root, port, cupsd);
        try {
            rig.awaitListening();
            run("/usr/sbin/lpadmin", "-h", "127.0.0.1:" + port, "-p", QUEUE, "-E", "-v", "budayang-file:/",
                    "-m", "raw");
        } catch (RuntimeException | Error e) {
            rig.close();
            throw e;
        }
        return rig;
    }

    /** The kiosk's {@code device.documentPrinter.*} settings for the {@code cups} driver. */
    Map<String, String> driverSettings() {
        return Map.of("uri", "ipp://127.0.0.1:" + port + "/printers/" + QUEUE, "pollInterval", "100ms");
    }

    Path output() {
        return root.resolve("out");
    }

    /** The job files the backend wrote, oldest CUPS job first. */
    List<Path> printed() {
        try (Stream<Path> files = Files.list(output())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String errorLog() {
        try {
            Path log = root.resolve("log/error_log");
            return Files.exists(log) ? Files.readString(log) : "(no error_log)";
        } catch (IOException e) {
            return "(error_log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        cupsd.destroy();
        try {
            if (!cupsd.waitFor(10, TimeUnit.SECONDS)) {
                cupsd.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            delete(root);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + root, e);
        }
    }

    private void awaitListening() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!cupsd.isAlive()) {
                    throw new IllegalStateException("cupsd exited with " + cupsd.exitValue() + "; see "
                            + root.resolve("log"));
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("cupsd did not listen on 127.0.0.1:" + port + " within 15 s");
    }

    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = what + "; the kiosk's A4 end-to-end test starts its own cupsd and needs the Debian package "
                + "'cups' (apt-get install -y cups) and root";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " [failing, not skipping, because CI=true]");
        }
        Assumptions.abort(message + " [test skipped]");
    }

    private static boolean executable(String path) {
        Path file = Path.of(path);
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + String.join(" ", command), e);
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path inside : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(inside);
            }
        }
    }
}
