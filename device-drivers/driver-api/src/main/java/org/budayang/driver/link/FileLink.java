package org.budayang.driver.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link Link} over a device file: a USB printer-class device ({@code /dev/usb/lp0}), or any character device
 * that already speaks raw bytes (a pty set up by someone else). Writes go straight to the file; a daemon thread
 * reads what the device sends (status replies) into a buffer, so that {@link #read} can wait with a timeout. A
 * device that goes away (printer unplugged: the read or write fails, or the file is gone) makes the next read or
 * write throw {@link LinkLostException}. A read of nothing (the USB printer class driver returns 0 bytes when the
 * printer has nothing to say) is not an end: the reader tries again after a short pause.
 */
public final class FileLink implements Link {
    private static final long IDLE_PAUSE_MILLIS = 5;

    private final Path path;
    private final String description;
    private final InputStream in;
    private final OutputStream out;
    private final Object lock = new Object();
    private final Thread reader;
    private byte[] buffer = new byte[1024];
    private int start;
    private int end;
    private String lost;
    private volatile boolean closed;

    private FileLink(Path path, InputStream in, OutputStream out) {
        this.path = path;
        this.description = describe(path.toString());
        this.in = in;
        this.out = out;
        this.reader = new Thread(this::pump, "file-link " + path);
        this.reader.setDaemon(true);
    }

    /**
     * Opens the device file at {@code path} for reading and writing (never creating it).
     *
     * @throws LinkLostException naming the path and the fix when it does not exist or cannot be opened
     */
    public static FileLink open(String path) throws LinkLostException {
        Objects.requireNonNull(path, "path is required");
        Path file = Path.of(path);
        String description = describe(path);
        if (!Files.exists(file)) {
            throw new LinkLostException(description, "no such device file '" + path + "'; check the printer is"
                    + " plugged in and powered, and the 'port' setting (ls -l /dev/usb/)");
        }
        if (Files.isDirectory(file)) {
            throw new LinkLostException(description, "'" + path + "' is a directory, not a device file; check the"
                    + " 'port' setting");
        }
        OutputStream out;
        InputStream in;
        try {
            out = Files.newOutputStream(file, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new LinkLostException(description, "cannot open '" + path + "' for writing (" + e
                    + "); the kiosk user may lack permission (add it to group 'lp')", e);
        }
        try {
            in = Files.newInputStream(file, StandardOpenOption.READ);
        } catch (IOException e) {
            closeQuietly(out);
            throw new LinkLostException(description, "cannot open '" + path + "' for reading (" + e
                    + "); the kiosk user may lack permission (add it to group 'lp')", e);
        }
        FileLink link = new FileLink(file, in, out);
        link.reader.start();
        return link;
    }

    static String describe(String path) {
        return "file " + path;
    }

    private void pump() {
        byte[] chunk = new byte[512];
        while (!closed) {
            int n;
            try {
                n = in.read(chunk);
            } catch (IOException e) {
                gone("read failed: " + e.getMessage() + " (the device went away)");
                return;
            }
            if (n <= 0) {
                if (!Files.exists(path)) {
                    gone("the device file is gone (unplugged?)");
                    return;
                }
                pause();
                continue;
            }
            synchronized (lock) {
                if (end + n > buffer.length) {
                    int used = end - start;
                    byte[] grown = new byte[Math.max(buffer.length, (used + n) * 2)];
                    System.arraycopy(buffer, start, grown, 0, used);
                    buffer = grown;
                    start = 0;
                    end = used;
                }
                System.arraycopy(chunk, 0, buffer, end, n);
                end += n;
                lock.notifyAll();
            }
        }
    }

    private void gone(String what) {
        synchronized (lock) {
            if (lost == null) {
                lost = what;
            }
            lock.notifyAll();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(IDLE_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void write(byte[] data) throws LinkLostException {
        Objects.requireNonNull(data, "data is required");
        requireOpen("write");
        try {
            out.write(data);
            out.flush();
        } catch (IOException e) {
            gone("write failed: " + e.getMessage());
            throw new LinkLostException(description, "write failed: " + e.getMessage()
                    + " (the device went away, or it does not take data)", e);
        }
    }

    @Override
    public int read(byte[] target, int offset, int length, Duration timeout) throws LinkLostException {
        Objects.checkFromIndexSize(offset, length, target.length);
        Objects.requireNonNull(timeout, "timeout is required");
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                requireOpen("read");
                if (end > start) {
                    int n = Math.min(length, end - start);
                    System.arraycopy(buffer, start, target, offset, n);
                    start += n;
                    if (start == end) {
                        start = 0;
                        end = 0;
                    }
                    return n;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || length == 0) {
                    return 0;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000), 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
        }
    }

    @Override
    public void discardInput() throws LinkLostException {
        synchronized (lock) {
            requireOpen("discardInput");
            start = 0;
            end = 0;
        }
    }

    @Override
    public boolean isOpen() {
        synchronized (lock) {
            return !closed && lost == null;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            lock.notifyAll();
        }
        closeQuietly(out);
        closeQuietly(in);
        reader.interrupt();
    }

    private void requireOpen(String operation) throws LinkLostException {
        synchronized (lock) {
            if (closed) {
                throw new LinkLostException(description, operation + " failed: the link was closed");
            }
            if (lost != null) {
                throw new LinkLostException(description, operation + " failed: " + lost);
            }
        }
    }

    private static void closeQuietly(AutoCloseable stream) {
        try {
            stream.close();
        } catch (Exception ignored) {
            // Closing a device that is already gone: nothing more to release.
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
