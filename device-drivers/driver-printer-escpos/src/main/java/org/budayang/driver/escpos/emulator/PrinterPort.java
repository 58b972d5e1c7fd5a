package org.budayang.driver.escpos.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The printer's socket or serial port, which a cable can be pulled from and plugged into again: opens a link
 * with the opener (the device end of a socat pty, a TCP client accepted on a server socket), lets the
 * {@link PrinterEmulator} serve it until it is lost, then opens the next one; a failed open is tried again after
 * {@code retry}. Runs on one daemon thread until {@link #close()}.
 */
public final class PrinterPort implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PrinterPort.class);

    private final PrinterEmulator emulator;
    private final LinkOpener opener;
    private final Duration retry;
    private final String name;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Link current;

    private PrinterPort(PrinterEmulator emulator, LinkOpener opener, Duration retry, String name) {
        this.emulator = emulator;
        this.opener = opener;
        this.retry = retry;
        this.name = name;
        this.thread = new Thread(this::run, "escpos-emulator " + name);
        this.thread.setDaemon(true);
    }

    /**
     * Starts serving.
     *
     * @param name  how the port is named in logs and the thread name, e.g. {@code serial /tmp/pty/device}
     * @param retry the pause before opening again after a failed open or a lost link (1 ms .. 1 min)
     */
    public static PrinterPort start(PrinterEmulator emulator, LinkOpener opener, Duration retry, String name) {
        Objects.requireNonNull(emulator, "emulator");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(name, "name");
        if (retry == null || retry.isNegative() || retry.isZero() || retry.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("PrinterPort.retry must be from 1 ms to 1 min, got " + retry);
        }
        PrinterPort port = new PrinterPort(emulator, opener, retry, name);
        port.thread.start();
        return port;
    }

    /** Whether a link is open and being served now. */
    public boolean isServing() {
        return current != null;
    }

    private void run() {
        boolean reported = false;
        while (!closed) {
            Link link;
            try {
                link = opener.open();
            } catch (LinkLostException notYet) {
                if (!reported) {
                    LOG.info("printer emulator cannot open {} yet, retrying every {} ms: {}", name, retry.toMillis(),
                            notYet.getMessage());
                    reported = true;
                }
                pause();
                continue;
            }
            reported = false;
            current = link;
            if (closed) {
                link.close();
                return;
            }
            LOG.info("printer emulator serves {}", link.describe());
            emulator.serve(link);
            link.close();
            current = null;
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
        Link link = current;
        if (link != null) {
            link.close();
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
        return "PrinterPort[" + name + "]";
    }
}
