package org.budayang.driver.qrserial;

import java.time.Duration;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;

/**
 * Reads the link on its own daemon thread while the scanner is open, feeds the {@link LineFramer} and ends
 * stale fragments; tells the scanner when the link is lost (not when it is closed on purpose).
 */
final class LinePump {

    /** What the pump reports besides the framer's findings. */
    interface Owner {
        void linkLost(LinkLostException cause);
    }

    private final Link link;
    private final LineFramer framer;
    private final Owner owner;
    private final Duration slice;
    private final Thread thread;
    private volatile boolean stopping;

    LinePump(Link link, LineFramer framer, Duration lineTimeout, Owner owner, String name) {
        this.link = link;
        this.framer = framer;
        this.owner = owner;
        Duration half = lineTimeout.dividedBy(2);
        this.slice = half.compareTo(Duration.ofMillis(50)) < 0 ? half : Duration.ofMillis(50);
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops reading (the caller closes the link, which ends a blocked read) and waits up to a second. */
    void stop() {
        stopping = true;
        if (Thread.currentThread() != thread) {
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void requestStop() {
        stopping = true;
    }

    private void run() {
        byte[] buffer = new byte[4096];
        while (!stopping) {
            int n;
            try {
                n = link.read(buffer, 0, buffer.length, slice);
            } catch (LinkLostException lost) {
                if (!stopping) {
                    owner.linkLost(lost);
                }
                return;
            }
            long now = System.nanoTime();
            if (n > 0) {
                framer.feed(buffer, 0, n, now);
            }
            framer.idle(now);
        }
    }
}
