package org.budayang.driver.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * A TCP {@link Link} over a {@link Socket} (e.g. a receipt printer on port 9100). A peer that
 * closes (EOF) or resets the connection makes the next read or write throw
 * {@link LinkLostException}; {@link #close()} from another thread ends a blocked read.
 */
public final class TcpLink implements Link {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String description;
    private final Object readLock = new Object();
    private int soTimeoutMillis = -1;
    private volatile boolean closed;

    private TcpLink(Socket socket, String description) throws IOException {
        this.socket = socket;
        this.description = description;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * Connects to {@code host:port}, waiting at most {@code connectTimeout}.
     *
     * @throws LinkLostException naming the host and port and the fix when the connection cannot be made
     */
    public static TcpLink connect(String host, int port, Duration connectTimeout) throws LinkLostException {
        Objects.requireNonNull(host, "host is required");
        Objects.requireNonNull(connectTimeout, "connectTimeout is required");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be from 1 to 65535, got " + port);
        }
        String description = describe(host, port);
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, connectTimeout.toMillis()));
            return new TcpLink(socket, description);
        } catch (UnknownHostException unknown) {
            closeQuietly(socket);
            throw new LinkLostException(description, "unknown host '" + host + "'; check the 'host' setting", unknown);
        } catch (SocketTimeoutException slow) {
            closeQuietly(socket);
            throw new LinkLostException(description, "no answer to connect within " + connectTimeout.toMillis()
                    + " ms; check the device is powered and on the network, and the 'host' setting", slow);
        } catch (ConnectException refused) {
            closeQuietly(socket);
            throw new LinkLostException(description, "connection refused (" + refused.getMessage()
                    + "); check the device is powered and the 'tcpPort' setting", refused);
        } catch (IOException other) {
            closeQuietly(socket);
            throw new LinkLostException(description, "cannot connect: " + other, other);
        }
    }

    /** Wraps an already connected socket (the device side of a loopback pair, an emulator's accepted client). */
    public static TcpLink of(Socket socket) throws LinkLostException {
        Objects.requireNonNull(socket, "socket is required");
        String description = describe(socket.getInetAddress().getHostAddress(), socket.getPort());
        try {
            socket.setTcpNoDelay(true);
            return new TcpLink(socket, description);
        } catch (IOException broken) {
            closeQuietly(socket);
            throw new LinkLostException(description, "socket unusable: " + broken, broken);
        }
    }

    static String describe(String host, int port) {
        return "tcp " + host + ":" + port;
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
        } catch (IOException broken) {
            throw lost("write", broken);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws LinkLostException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        Objects.requireNonNull(timeout, "timeout is required");
        synchronized (readLock) {
            requireOpen("read");
            if (length == 0) {
                return 0;
            }
            try {
                if (timeout.isZero() || timeout.isNegative()) {
                    if (in.available() == 0) {
                        return 0;
                    }
                } else {
                    // 0 would mean "wait forever": round sub-millisecond timeouts up.
                    setSoTimeout((int) Math.min(Integer.MAX_VALUE, Math.max(1, ceilMillis(timeout))));
                }
                int n = in.read(buffer, offset, length);
                if (n < 0) {
                    throw new LinkLostException(description, "read failed: the peer closed the connection (EOF)");
                }
                return n;
            } catch (SocketTimeoutException nothing) {
                return 0;
            } catch (LinkLostException lost) {
                throw lost;
            } catch (IOException broken) {
                throw lost("read", broken);
            }
        }
    }

    @Override
    public void discardInput() throws LinkLostException {
        synchronized (readLock) {
            requireOpen("discardInput");
            try {
                int available;
                while ((available = in.available()) > 0) {
                    if (in.skip(available) <= 0) {
                        return;
                    }
                }
            } catch (IOException broken) {
                throw lost("discardInput", broken);
            }
        }
    }

    @Override
    public boolean isOpen() {
        return !closed && !socket.isClosed();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(socket);
    }

    private void setSoTimeout(int millis) throws IOException {
        if (millis != soTimeoutMillis) {
            socket.setSoTimeout(millis);
            soTimeoutMillis = millis;
        }
    }

    private static long ceilMillis(Duration timeout) {
        long nanos = timeout.toNanos();
        return (nanos + 999_999) / 1_000_000;
    }

    private void requireOpen(String operation) throws LinkLostException {
        if (closed || socket.isClosed()) {
            throw new LinkLostException(description, operation + " failed: the link was closed");
        }
    }

    private LinkLostException lost(String operation, IOException cause) {
        if (closed) {
            return new LinkLostException(description, operation + " failed: the link was closed", cause);
        }
        return new LinkLostException(description, operation + " failed: " + cause.getMessage()
                + " (the peer reset or the network went away)", cause);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a socket that is already broken: nothing more to release.
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
