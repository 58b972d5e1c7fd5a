package org.budayang.driver.qrserial.emulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.budayang.driver.link.EmulatedDevice;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.qrserial.Probe;
import org.budayang.driver.qrserial.ScanEncoding;
import org.budayang.driver.qrserial.Terminator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scanner's side of the {@code qr-serial} protocol over any {@link Link} (a socat pty, a socket, an in-memory
 * pipe): sends each scanned code as a line in its encoding with its terminator, and answers its vendor's query
 * commands ({@link CommandSet}). Scriptable: scan a text, scan a partial line (the citizen pulled the phone away
 * mid-transfer), raw bytes, random garbage, silence (no answers, no scans: a hung or unpowered scanner) and
 * slowness (a delay before every answer and every scan).
 *
 * <p>Its state outlives links: {@link #serve(Link)} runs until that link is lost and may be called again with a
 * new one. What it sends goes out on one scheduler thread, each item at its own time, so a slow item does not hold
 * back a later one that is due sooner.
 */
public final class ScannerEmulator implements EmulatedDevice {
    private static final Logger LOG = LoggerFactory.getLogger(ScannerEmulator.class);
    private static final Duration READ_SLICE = Duration.ofMillis(100);

    private final Probe vendor;
    private final ScanEncoding encoding;
    private final Terminator terminator;
    private final ScheduledExecutorService out;
    private final Random random = new Random(20261127L);
    private final Object writeLock = new Object();
    private final AtomicLong scansSent = new AtomicLong();
    private final AtomicLong answers = new AtomicLong();
    private volatile Link current;
    private volatile boolean silent;
    private volatile Duration slow = Duration.ZERO;
    private volatile boolean closed;

    /**
     * @param vendor     the command set it answers ({@link Probe#NONE}: none, it ignores what the host sends)
     * @param encoding   how it encodes codes
     * @param terminator what it sends after each code
     */
    public ScannerEmulator(Probe vendor, ScanEncoding encoding, Terminator terminator) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.terminator = Objects.requireNonNull(terminator, "terminator");
        this.out = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "qr-emulator-out");
            thread.setDaemon(true);
            return thread;
        });
    }

    public Probe vendor() {
        return vendor;
    }

    public ScanEncoding encoding() {
        return encoding;
    }

    public Terminator terminator() {
        return terminator;
    }

    // ---- scripting ----

    /** Scans {@code text}: sends it with the terminator (after the slow delay; not at all while silent). */
    public void scan(String text) {
        Objects.requireNonNull(text, "text");
        byte[] code = text.getBytes(encoding.charset());
        byte[] end = terminator.bytes();
        byte[] line = Arrays.copyOf(code, code.length + end.length);
        System.arraycopy(end, 0, line, code.length, end.length);
        sendLater(line, true);
    }

    /** Sends the first half of {@code text}'s bytes and nothing more: a line the driver must drop as a fragment. */
    public void scanPartial(String text) {
        byte[] code = text.getBytes(encoding.charset());
        sendLater(Arrays.copyOf(code, Math.max(1, code.length / 2)), false);
    }

    /** Sends these bytes as they are, like a scan (after the slow delay; not while silent). */
    public void scanBytes(byte[] bytes) {
        sendLater(bytes.clone(), false);
    }

    /** Sends these bytes now, unasked (line noise), even while silent or slow. */
    public void sendUnasked(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        byte[] copy = bytes.clone();
        out.execute(() -> write(copy, false));
    }

    /** Sends {@code count} random bytes now (line noise). */
    public void garbage(int count) {
        byte[] noise = new byte[count];
        synchronized (random) {
            random.nextBytes(noise);
        }
        sendUnasked(noise);
    }

    /** Silent: answers nothing and scans nothing (a hung or unpowered scanner). */
    public void silent(boolean on) {
        silent = on;
    }

    public boolean isSilent() {
        return silent;
    }

    /** Waits this long before every answer and every scan ({@link Duration#ZERO}: at once). */
    public void slow(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("slow: the delay must not be negative, got " + delay);
        }
        slow = delay;
    }

    /** How many codes were sent completely (with their terminator). */
    public long scansSent() {
        return scansSent.get();
    }

    /** How many commands were answered. */
    public long answers() {
        return answers.get();
    }

    /** Whether a link is being served now. */
    public boolean isServing() {
        return current != null;
    }

    // ---- serving ----

    /** Serves {@code link} until it is lost or the emulator is closed: reads commands and answers them. */
    public void serve(Link link) {
        Objects.requireNonNull(link, "link");
        CommandSet commands = new CommandSet(vendor);
        current = link;
        byte[] buffer = new byte[512];
        try {
            while (!closed) {
                int n = link.read(buffer, 0, buffer.length, READ_SLICE);
                for (int i = 0; i < n; i++) {
                    Optional<byte[]> answer = commands.take(buffer[i]);
                    if (answer.isPresent() && !silent) {
                        byte[] bytes = answer.get();
                        schedule(() -> {
                            if (!silent && write(bytes, false)) {
                                answers.incrementAndGet();
                            }
                        });
                    }
                }
            }
        } catch (LinkLostException lost) {
            LOG.debug("scanner emulator lost {}: {}", link.describe(), lost.getMessage());
        } finally {
            if (current == link) {
                current = null;
            }
        }
    }

    private void sendLater(byte[] bytes, boolean complete) {
        schedule(() -> {
            if (silent) {
                LOG.debug("scanner emulator is silent; a scan of {} bytes is not sent", bytes.length);
                return;
            }
            if (write(bytes, complete) && complete) {
                scansSent.incrementAndGet();
            }
        });
    }

    private void schedule(Runnable task) {
        if (closed) {
            return;
        }
        long delay = slow.toNanos();
        if (delay == 0) {
            out.execute(task);
        } else {
            out.schedule(task, delay, TimeUnit.NANOSECONDS);
        }
    }

    private boolean write(byte[] bytes, boolean complete) {
        Link link = current;
        if (link == null) {
            LOG.debug("scanner emulator has no link; {} bytes are not sent", bytes.length);
            return false;
        }
        synchronized (writeLock) {
            try {
                link.write(bytes);
                return true;
            } catch (LinkLostException lost) {
                LOG.debug("scanner emulator could not send {} bytes{}: {}", bytes.length, complete ? " (a code)" : "",
                        lost.getMessage());
                return false;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        out.shutdownNow();
        Link link = current;
        if (link != null) {
            link.close();
        }
    }
}
