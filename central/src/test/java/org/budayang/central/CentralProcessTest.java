package org.budayang.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.budayang.api.ApiPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code CentralMain} as a launcher runs it: its own JVM with the production logback.xml, a port
 * file to wait for, SIGTERM to stop it, exit codes to check.
 */
class CentralProcessTest {
    private static final long TIMEOUT_SECONDS = 30;

    @TempDir
    Path dir;

    @Test
    void startsOnAFreePortWritesThePortFileAndStopsCleanlyOnSigterm() throws Exception {
        Path portFile = dir.resolve("central.port");
        Central central = launch("--port", "0", "--port-file", portFile.toString());
        try {
            int port = central.awaitPort(portFile);
            assertEquals(200, Http.get("http://127.0.0.1:" + port + ApiPaths.HEALTH).statusCode());

            // SIGTERM through the handle: Process.destroy() would also close our end of the
            // child's output pipe, and the shutdown log lines would be lost
            assertTrue(central.process.toHandle().destroy(), "SIGTERM could not be sent");
            assertTrue(central.process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "central did not stop on SIGTERM");
            String log = central.output();
            assertEquals(143, central.process.exitValue(), "128 + SIGTERM after the shutdown hook ran: " + log);
            assertTrue(log.contains("Central listening on http://127.0.0.1:" + port), log);
            assertTrue(log.matches("(?s).*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main\\] "
                    + "org\\.budayang\\.central\\.CentralServer - Central listening.*"), "production log pattern: " + log);
            assertTrue(log.contains("Central on http://127.0.0.1:" + port + " stopped"), log);
            assertFalse(Files.exists(portFile), "the port file is removed on shutdown");
        } finally {
            central.process.destroyForcibly();
        }
    }

    @Test
    void aPortInUseExitsWith1AndNamesHostAndPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Central central = launch("--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, central.awaitExit());
            String log = central.output();
            assertTrue(log.contains("Central did not start: Cannot start central on http://127.0.0.1:"
                    + taken.getLocalPort() + ": port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), log);
        }
    }

    @Test
    void badArgumentsExitWith2AndShowTheUsage() throws Exception {
        Central central = launch("--port", "http");
        assertEquals(2, central.awaitExit());
        String log = central.output();
        assertTrue(log.contains("--port 'http' is not a number"), log);
        assertTrue(log.contains("Usage: central"), log);
    }

    private Central launch(String... args) throws IOException, URISyntaxException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dlogback.configurationFile=" + Path.of(CentralMain.class.getResource("/logback.xml").toURI()),
                "-cp", System.getProperty("java.class.path"),
                CentralMain.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new Central(process);
    }

    /** A launched central and everything it printed, drained on a thread so it never blocks on a full pipe. */
    private static final class Central {
        final Process process;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Thread drain;

        Central(Process process) {
            this.process = process;
            this.drain = new Thread(() -> {
                try (InputStream in = process.getInputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // the process went away; what was read so far is kept
                }
            }, "central-output");
            drain.start();
        }

        int awaitPort(Path portFile) throws InterruptedException, IOException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (System.nanoTime() < deadline) {
                if (Files.exists(portFile)) {
                    return Integer.parseInt(Files.readString(portFile).strip());
                }
                if (!process.isAlive()) {
                    throw new AssertionError("central exited with " + process.exitValue() + ": " + output());
                }
                Thread.sleep(50);
            }
            throw new AssertionError("no port file after " + TIMEOUT_SECONDS + " s: " + output());
        }

        int awaitExit() throws InterruptedException {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("central did not exit: " + output());
            }
            return process.exitValue();
        }

        String output() throws InterruptedException {
            if (!process.isAlive()) {
                drain.join(TimeUnit.SECONDS.toMillis(5));
            }
            synchronized (out) {
                return out.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
