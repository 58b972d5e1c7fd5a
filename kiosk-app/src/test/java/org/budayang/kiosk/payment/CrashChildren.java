package org.budayang.kiosk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a {@link PaymentCrashChild} (a headless kiosk in its own JVM) and reads what it says ({@code @@ } lines); with
 * {@code kill} it is killed with SIGKILL as soon as it says {@code POINT <point>}.
 */
final class CrashChildren {
    private CrashChildren() {
    }

    /**
     * @param dir     the kiosk's data dir (also where the child's stderr is kept)
     * @param central the child's central argument (a URL, or {@code fleet:<dir>} for the real central)
     */
    static List<String> run(Path dir, String central, int printerPort, String acceptorPort, String scenario,
                            String point, boolean kill, Consumer<String> onLine) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                PaymentCrashChild.class.getName(), dir.toString(), central, Integer.toString(printerPort),
                acceptorPort, scenario, point));
        Path err = dir.resolve("child-" + scenario + "-" + point + ".err");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("@@ ")) {
                        lines.add(line.substring(3));
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
            lines.add("EOF");
        }, "payment-child-reader");
        reader.start();
        List<String> said = new ArrayList<>();
        try {
            while (true) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null) {
                    throw new AssertionError("child " + scenario + " " + point + " said nothing for 60 s: " + said);
                }
                if (line.equals("EOF")) {
                    if (kill) {
                        throw new AssertionError("child " + scenario + " ended before " + point + ": " + said + "\n"
                                + Files.readString(err));
                    }
                    break;
                }
                said.add(line);
                if (kill && line.equals("POINT " + point)) {
                    break;
                }
                onLine.accept(line);
            }
        } finally {
            if (kill) {
                process.destroyForcibly();
            }
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
        reader.join(5_000);
        if (kill) {
            assertEquals(137, process.exitValue(), "killed by SIGKILL");
        } else {
            assertEquals(0, process.exitValue(), "child " + scenario + " failed: " + said + "\n"
                    + Files.readString(err));
        }
        return said;
    }
}
