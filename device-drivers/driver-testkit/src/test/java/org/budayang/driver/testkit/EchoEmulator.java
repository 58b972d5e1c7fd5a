package org.budayang.driver.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;

/**
 * The device side of the echo protocol, on its own thread over a real link: answers {@code PING n}
 * with {@code PONG n} and {@code STAT} with {@code STAT OK}; scriptable silent, slow and garbage. When
 * its link is lost it keeps trying to open it again (the pty comes back on replug).
 */
final class EchoEmulator implements AutoCloseable {
    private final LinkOpener opener;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private volatile boolean running = true;
    private volatile boolean silent;
    private volatile Duration slow = Duration.ZERO;
    private volatile Link link;

    EchoEmulator(LinkOpener opener) {
        this.opener = opener;
        this.thread = new Thread(this::serve, "echo-emulator");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void silent(boolean silent) {
        this.silent = silent;
    }

    void slow(Duration delay) {
        this.slow = delay;
        signal();
    }

    void garbage(byte[] bytes) {
        Link current = link;
        if (current == null) {
            throw new IllegalStateException("echo emulator: no link to send garbage on (unplugged?)");
        }
        try {
            current.write(bytes);
        } catch (LinkLostException e) {
            throw new IllegalStateException("echo emulator: could not send garbage", e);
        }
    }

    private void serve() {
        StringBuilder line = new StringBuilder();
        byte[] buffer = new byte[256];
        while (running) {
            Link current = link;
            try {
                if (current == null) {
                    current = opener.open();
                    link = current;
                    line.setLength(0);
                }
                int n = current.read(buffer, 0, buffer.length, Duration.ofMillis(100));
                for (int i = 0; i < n; i++) {
                    char c = (char) (buffer[i] & 0xff);
                    if (c != '\n') {
                        line.append(c);
                        continue;
                    }
                    String request = line.toString();
                    line.setLength(0);
                    answer(current, request);
                }
            } catch (LinkLostException lost) {
                if (current != null) {
                    current.close();
                }
                link = null;
                pause(Duration.ofMillis(20));
            }
        }
        Link last = link;
        if (last != null) {
            last.close();
        }
    }

    private void answer(Link current, String request) throws LinkLostException {
        if (silent) {
            return;
        }
        String reply;
        if (request.startsWith("PING ")) {
            reply = "PONG " + request.substring(5);
        } else if (request.equals("STAT")) {
            reply = "STAT OK";
        } else {
            reply = "ERR unknown request";
        }
        Duration delay = slow;
        if (!delay.isZero()) {
            pause(delay);
        }
        current.write((reply + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Waits, waking early when the slowness is changed or the emulator stops. */
    private void pause(Duration duration) {
        lock.lock();
        try {
            long nanos = duration.toNanos();
            Duration started = slow;
            while (nanos > 0 && running && slow == started) {
                nanos = changed.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        signal();
        thread.join(2000);
    }
}
