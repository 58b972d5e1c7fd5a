package org.budayang.provisioning;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A device emulator run as its own process (its {@code EmulatorMain}, from the drivers on the test class path) on
 * one end of a socat pty pair or on a TCP port, driven through its console on standard input, as a technician
 * would drive it. provisioning's code never names a driver class; the tests name the emulators only by their main
 * class.
 */
public final class EmulatorProcess implements AutoCloseable {
    public static final String ESCPOS = "org.budayang.driver.escpos.emulator.EmulatorMain";
    public static final String IDCARD = "org.budayang.driver.idcardsam.emulator.EmulatorMain";
    public static final String CASH = "org.budayang.driver.cashssp.emulator.EmulatorMain";
    public static final String QR = "org.budayang.driver.qrserial.emulator.EmulatorMain";

    private final Process process;
    private final Writer console;
    private final Path log;

    private EmulatorProcess(Process process, Path log) {
        this.process = process;
        this.console = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.log = log;
    }

    /** Starts {@code mainClass} with {@code args} (e.g. {@code --serial PATH} or {@code --tcp PORT}). */
    public static EmulatorProcess start(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("emulator-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new EmulatorProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start emulator " + mainClass, e);
        }
    }

    /** Waits until the emulator printed {@code text} (its ready line), up to 20 s. */
    public EmulatorProcess awaitOutput(String text) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            if (output().contains(text)) {
                return this;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("emulator ended: " + output());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("emulator never printed '" + text + "': " + output());
    }

    /** Types one console command. */
    public void command(String line) {
        try {
            console.write(line + "\n");
            console.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("emulator console closed: " + output(), e);
        }
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // a temporary log left behind is harmless
        }
    }
}
