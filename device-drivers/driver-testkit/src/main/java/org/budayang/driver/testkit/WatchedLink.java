package org.budayang.driver.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;

/**
 * Wraps the links a driver under contract test opens and records which thread wrote when, so that
 * the contract can tell whether two operations' bytes overlapped or interleaved on the wire.
 */
final class WatchedLink implements Link {
    private final Link link;
    private final Recorder recorder;

    private WatchedLink(Link link, Recorder recorder) {
        this.link = link;
        this.recorder = recorder;
    }

    /** Records writes across every link a driver opens through {@link #opener}. */
    static final class Recorder {
        private final AtomicInteger writing = new AtomicInteger();
        private final List<Thread> writers = new ArrayList<>();
        private volatile boolean overlapped;

        LinkOpener opener(LinkOpener real) {
            return () -> new WatchedLink(real.open(), this);
        }

        /** Whether two writes were ever in progress at the same time. */
        boolean overlapped() {
            return overlapped;
        }

        /** The writing threads, one entry per write, in order. */
        synchronized List<Thread> writers() {
            return List.copyOf(writers);
        }

        synchronized void clear() {
            writers.clear();
        }

        private synchronized void wrote(Thread thread) {
            writers.add(thread);
        }
    }

    @Override
    public String describe() {
        return link.describe();
    }

    @Override
    public void write(byte[] data) throws LinkLostException {
        if (recorder.writing.incrementAndGet() > 1) {
            recorder.overlapped = true;
        }
        try {
            recorder.wrote(Thread.currentThread());
            link.write(data);
        } finally {
            recorder.writing.decrementAndGet();
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws LinkLostException {
        return link.read(buffer, offset, length, timeout);
    }

    @Override
    public void discardInput() throws LinkLostException {
        link.discardInput();
    }

    @Override
    public boolean isOpen() {
        return link.isOpen();
    }

    @Override
    public void close() {
        link.close();
    }

    @Override
    public String toString() {
        return link.toString();
    }
}
