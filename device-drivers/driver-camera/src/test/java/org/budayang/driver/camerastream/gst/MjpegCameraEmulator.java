package org.budayang.driver.camerastream.gst;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.driver.camerastream.TestFrames;

/**
 * A network camera's side of an MJPEG stream (multipart/x-mixed-replace parts of JPEG frames over TCP, as IP
 * cameras and GStreamer's {@code multipartmux ! tcpserversink} send it) on a loopback port. The camera-gst driver
 * reads it through {@code tcpclientsrc ! multipartdemux ! jpegdec}. Scriptable: unplug (sockets closed), plug
 * again on the same port, silent (no frames, connection kept), slow (this long between frames), garbage (a part
 * whose body is the given bytes, a corrupt frame).
 */
final class MjpegCameraEmulator implements AutoCloseable {
    private static final String BOUNDARY = "budayangframe";

    private final List<byte[]> frames = new ArrayList<>();
    private final Duration interval;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<byte[]> garbage = new ConcurrentLinkedQueue<>();
    private volatile boolean silent;
    private volatile Duration slow = Duration.ZERO;
    private volatile ServerSocket server;
    private int port;

    MjpegCameraEmulator(int width, int height, int fps) {
        for (int i = 0; i < 15; i++) {
            frames.add(TestFrames.bytes(TestFrames.pattern(width, height, i), "jpg"));
        }
        interval = Duration.ofNanos(1_000_000_000L / fps);
    }

    /** Listens (again) on the same loopback port (a free one the first time). */
    synchronized void plug() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        port = socket.getLocalPort();
        server = socket;
        Thread accept = new Thread(() -> accept(socket), "mjpeg-camera-accept");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return port;
    }

    /** Closes the listening socket and every connection: the camera is gone. */
    synchronized void unplug() {
        ServerSocket socket = server;
        server = null;
        try {
            if (socket != null) {
                socket.close();
            }
            for (Socket client : clients) {
                client.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("closing the emulator's sockets failed", e);
        }
        clients.clear();
    }

    void silent(boolean on) {
        silent = on;
    }

    void slow(Duration delay) {
        slow = delay;
    }

    void garbage(byte[] bytes) {
        garbage.add(bytes.clone());
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                clients.add(client);
                Thread sender = new Thread(() -> send(client), "mjpeg-camera-send");
                sender.setDaemon(true);
                sender.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void send(Socket client) {
        try (client; OutputStream out = client.getOutputStream()) {
            long last = System.nanoTime();
            int index = 0;
            while (!client.isClosed()) {
                Thread.sleep(5);
                Duration wait = slow.isZero() ? interval : slow;
                if (silent || System.nanoTime() - last < wait.toNanos()) {
                    continue;
                }
                last = System.nanoTime();
                byte[] bad = garbage.poll();
                part(out, bad != null ? bad : frames.get(index++ % frames.size()));
            }
        } catch (IOException | InterruptedException gone) {
            clients.remove(client);
        }
    }

    private static void part(OutputStream out, byte[] body) throws IOException {
        String head = "--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        unplug();
    }
}
