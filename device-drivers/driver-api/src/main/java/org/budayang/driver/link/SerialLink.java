package org.budayang.driver.link;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A serial {@link Link} over jSerialComm, opened by device path ({@code /dev/ttyUSB0}, or the
 * symlink of a socat pty, which jSerialComm does not list), 8 data bits, no parity, one stop bit.
 *
 * <p>Reads wait in short native slices ({@value #SLICE_MILLIS} ms) so that {@link #close()} from
 * another thread ends a blocked read promptly and a deadline is overshot by at most one slice.
 * {@link #discardInput()} drains what was received instead of calling {@code flushIOBuffers()},
 * which would also throw away bytes just written (STYLE.md pitfalls). A port that goes away
 * (adapter unplugged, socat killed) makes the next read or write throw {@link LinkLostException}.
 */
public final class SerialLink implements Link {
    static final int SLICE_MILLIS = 20;
    private static final int WRITE_TIMEOUT_MILLIS = 500;
    private static final long WRITE_STALL_NANOS = 2_000_000_000L;

    private final SerialPort port;
    private final String description;
    private volatile boolean closed;

    private SerialLink(SerialPort port, String description) {
        this.port = port;
        this.description = description;
    }

    /**
     * Opens the port at {@code path} at {@code baud} baud, 8N1, no flow control.
     *
     * @throws LinkLostException naming the path and the fix when the port does not exist or cannot be opened
     */
    public static SerialLink open(String path, int baud) throws LinkLostException {
        Objects.requireNonNull(path, "path is required");
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive, got " + baud);
        }
        String description = describe(path, baud);
        if (!Files.exists(Path.of(path))) {
            throw new LinkLostException(description, "no such port '" + path
                    + "'; check the cable or adapter and the 'port' setting (ls -l /dev/serial/by-id/)");
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException invalid) {
            throw new LinkLostException(description, "'" + path + "' is not a usable serial port; check the 'port' setting",
                    invalid);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                SLICE_MILLIS, WRITE_TIMEOUT_MILLIS);
        if (!port.openPort()) {
            throw new LinkLostException(description, "cannot open '" + path + "' (error " + port.getLastErrorCode()
                    + " at " + port.getLastErrorLocation() + "); the port may be in use by another program, or the"
                    + " kiosk user lacks permission (add it to group 'dialout')");
        }
        return new SerialLink(port, description);
    }

    static String describe(String path, int baud) {
        return "serial " + path + " " + baud + " 8N1";
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void write(byte[] data) throws LinkLostException {
        Objects.requireNonNull(data, "data is required");
        int written = 0;
        long stalledSince = 0;
        while (written < data.length) {
            requireOpen("write");
            // jSerialComm reports a vanished pty/adapter on write as 0 bytes written, not -1;
            // bytesAvailable() tells the two apart (-1 once the port is gone).
            if (port.bytesAvailable() < 0) {
                throw lost("write failed after " + written + " of " + data.length + " bytes (error "
                        + port.getLastErrorCode() + "); the port went away");
            }
            int n = port.writeBytes(data, data.length - written, written);
            if (n < 0) {
                throw lost("write failed after " + written + " of " + data.length + " bytes (error "
                        + port.getLastErrorCode() + "); the port went away");
            }
            if (n == 0) {
                long now = System.nanoTime();
                if (stalledSince == 0) {
                    stalledSince = now;
                } else if (now - stalledSince > WRITE_STALL_NANOS) {
                    throw lost("write stalled after " + written + " of " + data.length + " bytes for "
                            + WRITE_STALL_NANOS / 1_000_000 + " ms; the device does not take data (check the cable"
                            + " and that the device is powered)");
                }
                continue;
            }
            stalledSince = 0;
            written += n;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws LinkLostException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        Objects.requireNonNull(timeout, "timeout is required");
        if (length == 0) {
            requireOpen("read");
            return 0;
        }
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            requireOpen("read");
            int available = port.bytesAvailable();
            if (available < 0) {
                throw lost("read failed (error " + port.getLastErrorCode() + "); the port went away");
            }
            boolean timeLeft = end - System.nanoTime() > 0;
            if (available == 0 && !timeLeft) {
                return 0;
            }
            // Semi-blocking: waits up to one slice for the first byte, then returns what is there.
            int n = port.readBytes(buffer, available == 0 ? length : Math.min(length, available), offset);
            if (n < 0) {
                if (closed) {
                    throw lost("read failed: the link was closed");
                }
                throw lost("read failed (error " + port.getLastErrorCode() + "); the port went away");
            }
            if (n > 0) {
                return n;
            }
            if (end - System.nanoTime() <= 0) {
                return 0;
            }
        }
    }

    @Override
    public void discardInput() throws LinkLostException {
        byte[] sink = new byte[256];
        while (true) {
            requireOpen("discardInput");
            int available = port.bytesAvailable();
            if (available < 0) {
                throw lost("discardInput failed (error " + port.getLastErrorCode() + "); the port went away");
            }
            if (available == 0) {
                return;
            }
            if (port.readBytes(sink, Math.min(sink.length, available), 0) < 0) {
                throw lost("discardInput failed (error " + port.getLastErrorCode() + "); the port went away");
            }
        }
    }

    @Override
    public boolean isOpen() {
        return !closed && port.isOpen();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            port.closePort();
        }
    }

    private void requireOpen(String operation) throws LinkLostException {
        if (closed) {
            throw lost(operation + " failed: the link was closed");
        }
        if (!port.isOpen()) {
            throw lost(operation + " failed: the port went away (unplugged?)");
        }
    }

    private LinkLostException lost(String what) {
        return new LinkLostException(description, what);
    }

    @Override
    public String toString() {
        return description;
    }
}
