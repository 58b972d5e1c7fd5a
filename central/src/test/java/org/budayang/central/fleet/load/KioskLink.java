package org.budayang.central.fleet.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;

/**
 * One simulated kiosk's HTTPS/1.1 connection to central's mutual-TLS port: opened on first use (a TLS
 * handshake presenting the kiosk's certificate, resumed when the kiosk's context holds a session), then kept
 * alive and reused, as the kiosk's Apache HttpClient pool does. A kept-alive connection the server closed
 * meanwhile is reopened once (the request had not been read). {@code keepAlive=false} closes after each
 * request (a kiosk whose NAT drops idle flows). One request at a time (synchronized), as on a kiosk.
 */
final class KioskLink {
    private final BulkEnrolment.SimKiosk kiosk;
    private final InetSocketAddress server;
    private final boolean keepAlive;
    private SSLSocket socket;
    private InputStream in;
    private OutputStream out;

    KioskLink(BulkEnrolment.SimKiosk kiosk, InetSocketAddress server, boolean keepAlive) {
        this.kiosk = kiosk;
        this.server = server;
        this.keepAlive = keepAlive;
    }

    /** A response: status and body. */
    record Answer(int status, String body) {
    }

    String kioskId() {
        return kiosk.kioskId();
    }

    /** Sends one request; {@code handshakes} counts new TLS connections. */
    synchronized Answer send(String method, String path, String idempotencyKey, String body, Counters counters)
            throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(method, path, idempotencyKey, body, counters);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            counters.staleReopened.increment();
            return exchange(method, path, idempotencyKey, body, counters);
        } finally {
            if (!keepAlive) {
                close();
            }
        }
    }

    private Answer exchange(String method, String path, String key, String body, Counters counters)
            throws IOException {
        if (socket == null) {
            SSLSocket opened = (SSLSocket) kiosk.tls().getSocketFactory().createSocket();
            opened.connect(server, 5_000);
            opened.setSoTimeout(30_000);
            opened.setTcpNoDelay(true);
            opened.startHandshake();
            counters.handshakes.increment();
            socket = opened;
            in = new BufferedInputStream(opened.getInputStream(), 4096);
            out = opened.getOutputStream();
        }
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(server.getHostString()).append(':').append(server.getPort()).append("\r\n");
        if (key != null) {
            head.append("Idempotency-Key: ").append(key).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(payload.length).append("\r\n");
        }
        if (!keepAlive) {
            head.append("Connection: close\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(payload);
        out.flush();
        return read();
    }

    private Answer read() throws IOException {
        String status = line();
        if (status == null || !status.startsWith("HTTP/1.1 ")) {
            throw new IOException("connection closed or not HTTP/1.1: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                content.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length > 0) {
            content.write(in.readNBytes(length));
        }
        if (closing) {
            close();
        }
        return new Answer(code, content.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                int end = text.length();
                return end > 0 && text.charAt(end - 1) == '\r' ? text.substring(0, end - 1) : text.toString();
            }
            text.append((char) b);
        }
        return text.length() == 0 ? null : text.toString();
    }

    /** Drops the connection (an outage cuts it; the kiosk reconnects on its next request). */
    synchronized void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a dead connection: nothing left to do
            }
            socket = null;
        }
    }

    /** Counters shared by every link of a run. */
    static final class Counters {
        final java.util.concurrent.atomic.LongAdder handshakes = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder staleReopened = new java.util.concurrent.atomic.LongAdder();
    }
}
