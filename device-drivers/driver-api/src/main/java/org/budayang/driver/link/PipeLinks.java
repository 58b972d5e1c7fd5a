package org.budayang.driver.link;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-memory pair of connected links: what one end writes, the other reads. Used by unit tests
 * and by emulators running in the same process. Closing either end loses the link for both, like
 * pulling a cable.
 */
public final class PipeLinks {

    /** The two ends of a pipe: {@code host} for the driver, {@code device} for the emulator. */
    public record Pair(Link host, Link device) {
    }

    private PipeLinks() {
    }

    /** A connected pair named {@code name} (e.g. {@code pipe idcard}). */
    public static Pair pair(String name) {
        Objects.requireNonNull(name, "name is required");
        Shared shared = new Shared();
        Buffer toDevice = new Buffer(shared);
        Buffer toHost = new Buffer(shared);
        return new Pair(new End(name + " (host end)", toHost, toDevice, shared),
                new End(name + " (device end)", toDevice, toHost, shared));
    }

    private static final class Shared {
        final ReentrantLock lock = new ReentrantLock();
        final Condition changed = lock.newCondition();
        boolean closed;
    }

    private static final class Buffer {
        private final Shared shared;
        private byte[] data = new byte[4096];
        private int start;
        private int end;

        Buffer(Shared shared) {
            this.shared = shared;
        }

        void put(byte[] bytes) {
            if (end + bytes.length > data.length) {
                int used = end - start;
                byte[] grown = new byte[Math.max(data.length, (used + bytes.length) * 2)];
                System.arraycopy(data, start, grown, 0, used);
                data = grown;
                start = 0;
                end = used;
            }
            System.arraycopy(bytes, 0, data, end, bytes.length);
            end += bytes.length;
        }

        int take(byte[] buffer, int offset, int length) {
            int n = Math.min(length, end - start);
            System.arraycopy(data, start, buffer, offset, n);
            start += n;
            if (start == end) {
                start = 0;
                end = 0;
            }
            return n;
        }

        boolean isEmpty() {
            return start == end;
        }

        void clear() {
            start = 0;
            end = 0;
        }
    }

    private static final class End implements Link {
        private final String name;
        private final Buffer in;
        private final Buffer out;
        private final Shared shared;

        End(String name, Buffer in, Buffer out, Shared shared) {
            this.name = name;
            this.in = in;
            this.out = out;
            this.shared = shared;
        }

        @Override
        public String describe() {
            return name;
        }

        @Override
        public void write(byte[] data) throws LinkLostException {
            shared.lock.lock();
            try {
                requireOpen("write");
                out.put(data.clone());
                shared.changed.signalAll();
            } finally {
                shared.lock.unlock();
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) throws LinkLostException {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            long nanos = timeout.toNanos();
            shared.lock.lock();
            try {
                while (true) {
                    requireOpen("read");
                    if (!in.isEmpty()) {
                        return in.take(buffer, offset, length);
                    }
                    if (nanos <= 0) {
                        return 0;
                    }
                    try {
                        nanos = shared.changed.awaitNanos(nanos);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return 0;
                    }
                }
            } finally {
                shared.lock.unlock();
            }
        }

        @Override
        public void discardInput() throws LinkLostException {
            shared.lock.lock();
            try {
                requireOpen("discardInput");
                in.clear();
            } finally {
                shared.lock.unlock();
            }
        }

        @Override
        public boolean isOpen() {
            shared.lock.lock();
            try {
                return !shared.closed;
            } finally {
                shared.lock.unlock();
            }
        }

        @Override
        public void close() {
            shared.lock.lock();
            try {
                shared.closed = true;
                shared.changed.signalAll();
            } finally {
                shared.lock.unlock();
            }
        }

        private void requireOpen(String operation) throws LinkLostException {
            if (shared.closed) {
                throw new LinkLostException(name, operation + " failed: the pipe is closed");
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
