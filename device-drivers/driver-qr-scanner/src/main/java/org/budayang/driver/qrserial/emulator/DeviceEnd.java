package org.budayang.driver.qrserial.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's end of a cable that can be pulled and plugged in again: opens a link with the given opener (the
 * device end of a socat pty, a TCP client accepted by a server socket), lets the {@link ScannerEmulator} serve it
 * until it is lost, then opens the next; a failed open is tried again after {@code retry}. One daemon thread
 * until {@link #close()}.
 */
public final class DeviceEnd implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceEnd.class);

    private final ScannerEmulator emulator;
    private final LinkOpener opener;
    private final Duration retry;
    private final String name;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Link link;

    private DeviceEnd(ScannerEmulator emulator, LinkOpener opener, Duration retry, String name) {
        this.emulator = emulator;
        this.opener = opener;
        this.retry = retry;
        this.name = name;
        this.thread = new Thread(this::run, "qr-emulator " + name);
        this.thread.setDaemon(true);
    }

    /**
     * Starts serving.
     *
     * @param retry the pause before opening again after a failed open or a lost link (1 ms .. 1 min)
     * @param name  how the cable is named in logs, e.g. {@code serial /tmp/pty/device}
     */
    public static DeviceEnd start(ScannerEmulator emulator, LinkOpener opener, Duration retry, String name) {
        Objects.requireNonNull(emulator, "emulator");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(name, "name");
        if (retry == null || retry.isNegative() || retry.isZero() || retry.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("DeviceEnd.retry must be from 1 ms to 1 min, got " + retry);
        }
        DeviceEnd end = new DeviceEnd(emulator, opener, retry, name);
        end.thread.start();
        return end;
    }

    /** Whether a link is open and served now. */
    public boolean isServing() {
        return link != null;
    }

    private void run() {
        boolean reported = false;
        while (!closed) {
            Link opened;
            try {
                opened = opener.open();
            } catch (LinkLostException notYet) {
                if (!reported) {
                    LOG.info("scanner emulator cannot open {} yet, retrying every {} ms: {}", name, retry.toMillis(),
                            notYet.getMessage());
                    reported = true;
                }
                pause();
                continue;
            }
            reported = false;
            link = opened;
            if (closed) {
                opened.close();
                return;
            }
            LOG.info("scanner emulator serves {}", opened.describe());
            emulator.serve(opened);
            opened.close();
            link = null;
            pause();
        }
    }

    private void pause() {
        try {
            TimeUnit.NANOSECONDS.sleep(retry.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops serving and closes the link being served; waits at most a second for the thread. */
    @Override
    public void close() {
        closed = true;
        Link open = link;
        if (open != null) {
            open.close();
        }
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "DeviceEnd[" + name + "]";
    }
}
