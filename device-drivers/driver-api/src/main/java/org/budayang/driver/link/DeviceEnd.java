package org.budayang.driver.link;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device's end of a cable that can be pulled and plugged in again, for device emulators (the demo, tests,
 * benchmarks): opens a link with the given opener (the device end of a socat pty, a TCP client accepted by a server
 * socket), lets the emulator serve it until it is lost, then opens the next one; an open that fails (no pty yet,
 * nobody connected) is tried again after {@code retry}. Runs on one daemon thread until {@link #close()}.
 */
public final class DeviceEnd implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceEnd.class);

    /** What an emulator does with one link: answer on it until it is lost or closed, then return. */
    @FunctionalInterface
    public interface Service {
        void serve(Link link);
    }

    private final String device;
    private final Service service;
    private final LinkOpener opener;
    private final Duration retry;
    private final String name;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Link current;
    private volatile int served;

    private DeviceEnd(String device, Service service, LinkOpener opener, Duration retry, String name) {
        this.device = device;
        this.service = service;
        this.opener = opener;
        this.retry = retry;
        this.name = name;
        this.thread = new Thread(this::run, device + " " + name);
        this.thread.setDaemon(true);
    }

    /**
     * Starts serving.
     *
     * @param device what is emulated, for logs and the thread's name, e.g. {@code ID card emulator}
     * @param name   how the cable is named in logs, e.g. {@code serial /tmp/pty/device}
     * @param retry  the pause before opening again after a failed open or a lost link (1 ms .. 1 min)
     */
    public static DeviceEnd start(String device, Service service, LinkOpener opener, Duration retry, String name) {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(name, "name");
        if (retry == null || retry.isNegative() || retry.isZero() || retry.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("DeviceEnd.retry must be from 1 ms to 1 min, got " + retry);
        }
        DeviceEnd end = new DeviceEnd(device, service, opener, retry, name);
        end.thread.start();
        return end;
    }

    /**
     * An opener for the device's side of a TCP "cable": each call waits up to the server socket's timeout for the
     * next client (set one with {@link ServerSocket#setSoTimeout}, or {@link #close()} cannot stop the thread
     * promptly) and fails with a {@link LinkLostException} when nobody connected, so the end tries again.
     */
    public static LinkOpener accepting(ServerSocket server) {
        Objects.requireNonNull(server, "server");
        String name = "tcp server 127.0.0.1:" + server.getLocalPort();
        return () -> {
            try {
                return TcpLink.of(server.accept());
            } catch (SocketTimeoutException nobody) {
                throw new LinkLostException(name, "no client connected yet", nobody);
            } catch (IOException broken) {
                throw new LinkLostException(name, "accept failed: " + broken.getMessage(), broken);
            }
        };
    }

    /** How many links were served to their end so far (a replugged cable counts again). */
    public int linksServed() {
        return served;
    }

    /** Whether a link is open and being served now. */
    public boolean isServing() {
        return current != null;
    }

    private void run() {
        boolean reportedFailure = false;
        while (!closed) {
            Link link;
            try {
                link = opener.open();
            } catch (LinkLostException notYet) {
                if (!reportedFailure) {
                    LOG.info("{} cannot open {} yet, retrying every {} ms: {}", device, name, retry.toMillis(),
                            notYet.getMessage());
                    reportedFailure = true;
                }
                pause();
                continue;
            }
            reportedFailure = false;
            current = link;
            if (closed) {
                link.close();
                return;
            }
            LOG.info("{} serves {}", device, link.describe());
            service.serve(link);
            link.close();
            current = null;
            served++;
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
        return "DeviceEnd[" + device + ", " + name + "]";
    }
}
