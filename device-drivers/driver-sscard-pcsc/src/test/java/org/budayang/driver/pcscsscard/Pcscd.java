package org.budayang.driver.pcscsscard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system PC/SC daemon for the integration tests: Debian's {@code pcscd} with vsmartcard's {@code vpcd}
 * reader driver ({@code /etc/reader.conf.d/vpcd}: readers {@code Virtual PCD 00 00} on port 35963 and
 * {@code Virtual PCD 00 01} on 35964). {@link #ensure()} starts {@code pcscd -f} when none answers, and waits
 * for the virtual reader. Faults are made real on the daemon the tests started: {@link #stop()} (SIGTERM),
 * {@link #freeze()} / {@link #thaw()} (SIGSTOP / SIGCONT). A daemon the tests did not start is never touched:
 * the tests that need to stop or freeze it are skipped. Missing packages: skipped naming them, failed on CI.
 */
final class Pcscd {
    private static final Logger LOG = LoggerFactory.getLogger(Pcscd.class);
    static final String PACKAGES = "pcscd vsmartcard-vpcd";
    static final String READER = "Virtual PCD 00 00";
    private static final Duration START_LIMIT = Duration.ofSeconds(10);
    /** Longer than TCP's TIME_WAIT (60 s on Linux), so that a port left by the previous pcscd is free again. */
    private static final Duration PORT_LIMIT = Duration.ofSeconds(75);
    private static Pcscd shared;

    private final Path program;
    private Process process;
    private boolean frozen;

    private Pcscd(Path program) {
        this.program = program;
    }

    /** The tests' pcscd, running with the virtual reader listed. */
    static synchronized Pcscd ensure() {
        Path program = Required.file("/usr/sbin/pcscd", PACKAGES, "the PC/SC integration tests (the pcscd daemon)");
        Required.file("/etc/reader.conf.d/vpcd", PACKAGES, "the PC/SC integration tests (the virtual reader vpcd)");
        if (shared == null) {
            shared = new Pcscd(program);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::shutdown, "pcscd-test-stop"));
        }
        shared.start();
        return shared;
    }

    /**
     * Starts pcscd unless one answers; waits until the virtual reader is listed. vpcd binds its port (35963) without
     * SO_REUSEADDR, so a pcscd started less than a minute after the previous one was killed with a virtual card
     * connected finds the port in TIME_WAIT ("Address already in use" in its log) and lists no reader: a pcscd
     * the tests started is then stopped and started again, for up to {@link #PORT_LIMIT}.
     */
    synchronized void start() {
        thaw();
        long giveUp = System.nanoTime() + PORT_LIMIT.toNanos();
        while (true) {
            boolean startedHere = false;
            if (!answers()) {
                launch();
                startedHere = true;
            }
            List<String> readers = awaitReader();
            if (readers.contains(READER)) {
                return;
            }
            if (!startedHere || System.nanoTime() > giveUp) {
                throw new IllegalStateException("pcscd is running but lists no '" + READER + "' within "
                        + START_LIMIT.toSeconds() + " s (readers: " + readers + "); check /etc/reader.conf.d/vpcd"
                        + " (package vsmartcard-vpcd) and target/pcscd.log");
            }
            LOG.warn("pcscd lists no '{}' (its port is probably still in TIME_WAIT); starting it again", READER);
            stop();
            sleep(2000);
        }
    }

    private void launch() {
        try {
            Path log = Path.of("target", "pcscd.log");
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(program.toString(), "--foreground")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            LOG.info("started pcscd (pid {}), log {}", process.pid(), log.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + program + ": " + e.getMessage(), e);
        }
    }

    private List<String> awaitReader() {
        long end = System.nanoTime() + START_LIMIT.toNanos();
        List<String> readers = List.of();
        while (System.nanoTime() < end) {
            readers = readers();
            if (readers.contains(READER)) {
                return readers;
            }
            sleep(100);
        }
        return readers;
    }

    /** Waits until pcscd sees a card in the virtual reader. */
    void awaitCard() {
        PcscTerminals pcsc = new PcscTerminals();
        try {
            CardTerminals terminals = pcsc.open();
            try {
                if (!terminals.getTerminal(READER).waitForCardPresent(5000)) {
                    throw new IllegalStateException("pcscd sees no card in '" + READER + "' 5 s after the virtual"
                            + " card was started");
                }
            } finally {
                pcsc.release(terminals);
            }
        } catch (CardException e) {
            throw new IllegalStateException("pcscd: " + PcscErrors.describe(e), e);
        }
    }

    /** Waits until pcscd has seen the last test's virtual card go, so the next test starts with an empty reader. */
    void awaitNoCard() {
        PcscTerminals pcsc = new PcscTerminals();
        try {
            CardTerminals terminals = pcsc.open();
            try {
                if (!terminals.getTerminal(READER).waitForCardAbsent(3000)) {
                    throw new IllegalStateException("pcscd still sees a card in '" + READER + "' 3 s after the"
                            + " virtual card disconnected");
                }
            } finally {
                pcsc.release(terminals);
            }
        } catch (CardException e) {
            throw new IllegalStateException("pcscd: " + PcscErrors.describe(e), e);
        }
    }

    /** Whether this pcscd was started by the tests (so they may stop and freeze it). */
    synchronized boolean ours() {
        return process != null && process.isAlive();
    }

    /** Skips (or fails on CI) a test that must stop or freeze pcscd when the running one is not the tests'. */
    void requireOurs() {
        if (!ours()) {
            Required.missing("a pcscd the tests did not start is running; stop it (systemctl stop pcscd.socket"
                    + " pcscd) so that the tests can start, stop and freeze their own");
        }
    }

    /** SIGTERM, as when the service is stopped; returns when it is gone. */
    synchronized void stop() {
        thaw();
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        while (Files.exists(Path.of("/run/pcscd/pcscd.comm")) && answers()) {
            sleep(50);
        }
    }

    /** SIGSTOP: pcscd stops answering, every PC/SC call blocks. */
    synchronized void freeze() {
        requireOursForSignal();
        signal("-STOP");
        frozen = true;
    }

    /** SIGCONT. */
    synchronized void thaw() {
        if (frozen && process != null) {
            signal("-CONT");
        }
        frozen = false;
    }

    private void requireOursForSignal() {
        if (process == null) {
            throw new IllegalStateException("freeze: the running pcscd was not started by the tests");
        }
    }

    private void signal(String signal) {
        try {
            new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("kill " + signal + " " + process.pid() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void shutdown() {
        if (process != null) {
            thaw();
            process.destroy();
        }
    }

    static boolean answers() {
        PcscTerminals pcsc = new PcscTerminals();
        try {
            CardTerminals terminals = pcsc.open();
            try {
                terminals.list();
                return true;
            } finally {
                pcsc.release(terminals);
            }
        } catch (CardException e) {
            return !PcscErrors.describe(e).contains("SCARD_E_NO_SERVICE");
        }
    }

    static List<String> readers() {
        PcscTerminals pcsc = new PcscTerminals();
        try {
            CardTerminals terminals = pcsc.open();
            try {
                return terminals.list().stream().map(CardTerminal::getName).toList();
            } finally {
                pcsc.release(terminals);
            }
        } catch (CardException e) {
            return List.of();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String pythonPath(Path shim) {
        return "/usr/lib/python3/site-packages/virtualsmartcard" + File.pathSeparator + shim;
    }
}
