package org.budayang.driver.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.TcpLink;

/**
 * A TCP "cable" on the loopback interface: a server socket on {@code 127.0.0.1}, port 0 (a free port),
 * where the device side (an emulator) {@link #accept accepts} and the host side (the driver)
 * {@link #hostOpener() connects}. {@link #unplug()} closes the server socket and every accepted
 * connection; {@link #replug()} listens again on the same port.
 */
public final class LoopbackSockets implements AutoCloseable {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final int port;
    private final List<Link> accepted = new ArrayList<>();
    private ServerSocket server;

    private LoopbackSockets(ServerSocket server) {
        this.server = server;
        this.port = server.getLocalPort();
    }

    /** Listens on 127.0.0.1, on a free port. */
    public static LoopbackSockets open() {
        return new LoopbackSockets(listen(0));
    }

    public String host() {
        return LOOPBACK.getHostAddress();
    }

    public int port() {
        return port;
    }

    /** Link settings for a driver on the host side ({@code link=tcp, host=127.0.0.1, tcpPort=…}). */
    public Map<String, String> hostSettings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("link", "tcp");
        settings.put("host", host());
        settings.put("tcpPort", Integer.toString(port));
        return settings;
    }

    /** Connects a fresh link to the server at each call. */
    public LinkOpener hostOpener() {
        return () -> TcpLink.connect(host(), port, Duration.ofSeconds(2));
    }

    /**
     * Waits at most {@code timeout} for the host side to connect and returns the device side's link.
     *
     * @throws LinkLostException when nobody connects in time or the sockets were unplugged
     */
    public Link accept(Duration timeout) throws LinkLostException {
        ServerSocket current;
        synchronized (this) {
            current = server;
        }
        if (current == null) {
            throw new LinkLostException(describe(), "accept failed: the loopback sockets are unplugged");
        }
        try {
            current.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            Socket socket = current.accept();
            Link link = TcpLink.of(socket);
            synchronized (this) {
                if (server != current) { // unplugged while accept returned: this link must not outlive the unplug
                    link.close();
                    throw new LinkLostException(describe(), "accept raced an unplug: the link was closed");
                }
                accepted.add(link);
            }
            return link;
        } catch (SocketTimeoutException nobody) {
            throw new LinkLostException(describe(), "nobody connected within " + timeout.toMillis() + " ms", nobody);
        } catch (IOException e) {
            throw new LinkLostException(describe(), "accept failed: " + e.getMessage(), e);
        }
    }

    /** Closes the server socket and every accepted link: the host side's links are lost. Idempotent. */
    public synchronized void unplug() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // Nothing more to release.
            }
            server = null;
        }
        accepted.forEach(Link::close);
        accepted.clear();
    }

    /** Listens again on the same port. */
    public synchronized void replug() {
        if (server != null) {
            throw new IllegalStateException(describe() + ": cannot replug while plugged; unplug first");
        }
        server = listen(port);
    }

    @Override
    public void close() {
        unplug();
    }

    private String describe() {
        return "loopback tcp " + host() + ":" + port;
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LOOPBACK, port));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + LOOPBACK.getHostAddress() + ":" + port, e);
        }
    }

    @Override
    public String toString() {
        return "LoopbackSockets[" + describe() + "]";
    }
}
