package org.budayang.kiosk.service;

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
import java.util.function.Predicate;

/**
 * Runs a crash-test child (a headless kiosk in its own JVM, e.g. {@link DeskCrashChild} or the payments' child) and
 * reads what it says ({@code @@ } lines on stdout). With a kill point it is killed with SIGKILL as soon as a line
 * matches it and must die by the signal; without one it must run to its end and exit 0.
 */
public final class CrashChildProcess {
    private CrashChildProcess() {
    }

    /**
     * @param main      the child's main class
     * @param args      its arguments
     * @param err       where the child's stderr is kept (quoted in failures)
     * @param label     names the child in failures (scenario and point)
     * @param killWhen  the line at which to kill it, or null to let it finish
     * @param onLine    every line said before the kill point
     * @return every line said, up to and including the kill point
     */
    public static List<String> run(Class<?> main, List<String> args, Path err, String label,
                                   Predicate<String> killWhen, Consumer<String> onLine) throws Exception {
        boolean kill = killWhen != null;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(args);
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
        }, "crash-child-reader");
        reader.start();
        List<String> said = new ArrayList<>();
        try {
            while (true) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null) {
                    throw new AssertionError("child " + label + " said nothing for 60 s; it said " + said
                            + "; stderr in " + err);
                }
                if (line.equals("EOF")) {
                    if (kill) {
                        throw new AssertionError("child " + label + " ended before its kill point: " + said + "\n"
                                + Files.readString(err));
                    }
                    break;
                }
                said.add(line);
                if (kill && killWhen.test(line)) {
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
            assertEquals(0, process.exitValue(), "child " + label + " failed: " + said + "\n" + Files.readString(err));
        }
        return said;
    }
}
