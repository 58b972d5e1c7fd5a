package org.budayang.driver.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.SerialLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pair of connected pseudo-terminals made by {@code socat}, standing in for a serial cable between
 * the driver ({@link #hostPath()}) and an emulator of the device ({@link #devicePath()}).
 * {@link #unplug()} kills socat (both ends go away, like pulling the USB adapter); {@link #replug()}
 * starts it again on the same paths. Without socat the calling test is skipped (or fails when
 * {@code CI=true}) with a message naming the Debian package {@code socat}.
 */
public final class SocatPty implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SocatPty.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(5);

    private final Path socat;
    private final Path dir;
    private final Path host;
    private final Path device;
    private final Path log;
    private Process process;
    private boolean closed;

    private SocatPty(Path socat, Path dir) {
        this.socat = socat;
        this.dir = dir;
        this.host = dir.resolve("host");
        this.device = dir.resolve("device");
        this.log = dir.resolve("socat.log");
    }

    /** Starts socat with two linked ptys in a fresh temporary directory and waits until both exist. */
    public static SocatPty start() {
        Path socat = ExternalTool.require("socat", "socat", "the pty pairs that stand in for serial cables");
        Path dir;
        try {
            dir = Files.createTempDirectory("budayang-pty-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the pty links", e);
        }
        SocatPty pty = new SocatPty(socat, dir);
        pty.launch();
        return pty;
    }

    /** The driver's end, e.g. {@code /tmp/budayang-pty-123/host}. */
    public String hostPath() {
        return host.toString();
    }

    /** The emulator's end. */
    public String devicePath() {
        return device.toString();
    }

    /** Link settings for a driver on the host end ({@code link=serial, port=…, baud=…}). */
    public Map<String, String> hostSettings(int baud) {
        Map<String, String> settings = new HashMap<>();
        settings.put("link", "serial");
        settings.put("port", hostPath());
        settings.put("baud", Integer.toString(baud));
        return settings;
    }

    /** Opens a fresh serial link on the host end at each call. */
    public LinkOpener hostOpener(int baud) {
        return () -> SerialLink.open(hostPath(), baud);
    }

    /** Opens a fresh serial link on the device end at each call. */
    public LinkOpener deviceOpener(int baud) {
        return () -> SerialLink.open(devicePath(), baud);
    }

    public synchronized boolean isPlugged() {
        return process != null && process.isAlive();
    }

    /** Kills socat: both ends go away and every link on them is lost. Idempotent. */
    public synchronized void unplug() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
        deleteQuietly(host);
        deleteQuietly(device);
        LOG.debug("socat pty pair in {} unplugged", dir);
    }

    /** Starts socat again on the same paths (after {@link #unplug()}). */
    public synchronized void replug() {
        if (closed) {
            throw new IllegalStateException("SocatPty in " + dir + ": cannot replug after close");
        }
        if (isPlugged()) {
            throw new IllegalStateException("SocatPty in " + dir + ": cannot replug while plugged; unplug first");
        }
        launch();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        unplug();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(SocatPty::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not remove the pty directory {}: {}", dir, e.toString());
        }
    }

    private synchronized void launch() {
        List<String> command = List.of(socat.toString(), "-d", "-d",
                "pty,raw,echo=0,link=" + host, "pty,raw,echo=0,link=" + device);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!(Files.exists(host) && Files.exists(device))) {
            if (!process.isAlive() || System.nanoTime() - end > 0) {
                String output = readLog();
                unplug();
                throw new IllegalStateException("socat did not create " + host + " and " + device + " within "
                        + START_TIMEOUT.toSeconds() + " s; its output: " + output);
            }
            sleep(5);
        }
        LOG.debug("socat pty pair up: {} <-> {}", host, device);
    }

    private String readLog() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for socat", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.debug("could not delete {}: {}", path, e.toString());
        }
    }

    @Override
    public String toString() {
        return "SocatPty[" + host + " <-> " + device + (isPlugged() ? "" : ", unplugged") + "]";
    }
}
