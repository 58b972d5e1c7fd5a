package org.budayang.driver.idcardsam.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;

/** A connected TCP socket as a {@link Link}: the emulator's end of an accepted connection (and a test's client end). */
public final class SocketLink implements Link {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String name;

    public SocketLink(Socket socket) throws IOException {
        this.socket = socket;
        this.socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.name = "tcp " + socket.getLocalSocketAddress() + " <-> " + socket.getRemoteSocketAddress();
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void write(byte[] data) throws LinkLostException {
        try {
            out.write(data);
            out.flush();
        } catch (IOException e) {
            throw new LinkLostException(name, "write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws LinkLostException {
        try {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                throw new LinkLostException(name, "read failed: the peer closed the connection");
            }
            return n;
        } catch (SocketTimeoutException quiet) {
            return 0;
        } catch (IOException e) {
            throw new LinkLostException(name, "read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void discardInput() throws LinkLostException {
        try {
            while (in.available() > 0) {
                long skipped = in.skip(in.available());
                if (skipped <= 0) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new LinkLostException(name, "discardInput failed: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isOpen() {
        return !socket.isClosed();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that is already broken: nothing left to release
        }
    }
}
