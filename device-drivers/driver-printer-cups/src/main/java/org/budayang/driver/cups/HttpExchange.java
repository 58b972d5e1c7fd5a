package org.budayang.driver.cups;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;

/**
 * One HTTP/1.1 POST on a connection of its own ({@code Connection: close}), over a plain socket: the driver
 * modules may not use an HTTP library (architecture rule), and IPP needs only this much of HTTP (RFC 8010 4). The
 * request is written and the answer read without blocking, in 20 ms slices, so that the deadline and the caller's
 * cancel are honoured while cupsd is frozen, however large the document.
 */
final class HttpExchange {
    private static final int SLICE_MILLIS = 20;
    private static final int MAX_ANSWER = 16 * 1024 * 1024;

    private HttpExchange() {
    }

    private static int httpStatus(String code) {
        return code.matches("\\d{3}") ? Integer.parseInt(code) : 0;
    }

    /** @return the answer's body when the status is 200 */
    static byte[] post(URI endpoint, int connectTimeoutMillis, byte[] body, String what, Deadline deadline,
                       CancelToken cancel) throws LinkLostException, IppCallException {
        int port = endpoint.getPort() == -1 ? 631 : endpoint.getPort();
        try (SocketChannel channel = SocketChannel.open(); Selector selector = Selector.open()) {
            long connectBudget = Math.min(connectTimeoutMillis, deadline.remaining().toMillis());
            try {
                String host = endpoint.getHost().startsWith("[")
                        ? endpoint.getHost().substring(1, endpoint.getHost().length() - 1) : endpoint.getHost();
                channel.socket().connect(new InetSocketAddress(host, port), (int) Math.max(1, connectBudget));
            } catch (ConnectException refused) {
                throw new LinkLostException(endpoint.toString(), "connection refused: cupsd is not running or not"
                        + " listening there (start cupsd, check host and port)", refused);
            } catch (SocketTimeoutException slow) {
                throw new IppCallException(IppCallException.Kind.TIMED_OUT, what + ": no connection within "
                        + connectBudget + " ms", slow);
            }
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, SelectionKey.OP_WRITE);
            String head = "POST " + endpoint.getRawPath() + " HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + port
                    + "\r\nContent-Type: application/ipp\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            ByteBuffer request = ByteBuffer.allocate(headBytes.length + body.length).put(headBytes).put(body).flip();
            while (request.hasRemaining()) {
                if (channel.write(request) == 0) {
                    Answer.check(what, deadline, cancel, "while sending " + request.remaining() + " of "
                            + request.limit() + " request bytes");
                    selector.select(SLICE_MILLIS);
                    selector.selectedKeys().clear();
                }
            }
            key.interestOps(SelectionKey.OP_READ);
            Answer answer = new Answer(channel, selector, what, deadline, cancel);
            String status = answer.line();
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IppCallException(IppCallException.Kind.BROKEN, what + ": not an HTTP answer: '"
                        + printable(status) + "'", null);
            }
            int length = -1;
            boolean chunked = false;
            for (String header = answer.line(); !header.isEmpty(); header = answer.line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = parseLength(header.substring(15).strip(), what);
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (!parts[1].equals("200")) {
                throw new IppCallException(IppCallException.Kind.BROKEN, what + ": HTTP status " + parts[1]
                        + " instead of 200 ('" + printable(status) + "')", httpStatus(parts[1]));
            }
            if (chunked) {
                ByteArrayOutputStream whole = new ByteArrayOutputStream();
                for (int size = chunkSize(answer.line(), what); size > 0; size = chunkSize(answer.line(), what)) {
                    whole.writeBytes(answer.bytes(size));
                    answer.line();
                }
                return whole.toByteArray();
            }
            return length >= 0 ? answer.bytes(length) : answer.rest();
        } catch (LinkLostException lost) {
            throw lost; // an IOException too, but not one to wrap
        } catch (IOException io) {
            if (cancel.isCancelled()) {
                throw new IppCallException(IppCallException.Kind.CANCELLED, what + ": cancelled", io);
            }
            throw new IppCallException(IppCallException.Kind.BROKEN, what + ": " + io, io);
        }
    }

    private static int parseLength(String text, String what) throws IppCallException {
        try {
            int length = Integer.parseInt(text);
            if (length < 0 || length > MAX_ANSWER) {
                throw new NumberFormatException("out of range");
            }
            return length;
        } catch (NumberFormatException bad) {
            throw new IppCallException(IppCallException.Kind.BROKEN, what + ": bad Content-Length '"
                    + printable(text) + "'", bad);
        }
    }

    private static int chunkSize(String line, String what) throws IppCallException {
        String hex = line.contains(";") ? line.substring(0, line.indexOf(';')) : line;
        try {
            int size = Integer.parseInt(hex.strip(), 16);
            if (size < 0 || size > MAX_ANSWER) {
                throw new NumberFormatException("out of range");
            }
            return size;
        } catch (NumberFormatException bad) {
            throw new IppCallException(IppCallException.Kind.BROKEN, what + ": bad chunk size '"
                    + printable(line) + "'", bad);
        }
    }

    private static String printable(String text) {
        String cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return cut.replaceAll("[^\\x20-\\x7E]", "?");
    }

    /** Reads the answer in slices, giving up at the deadline or on cancel. */
    private static final class Answer {
        private final SocketChannel channel;
        private final Selector selector;
        private final String what;
        private final Deadline deadline;
        private final CancelToken cancel;
        private final ByteBuffer buffer = ByteBuffer.allocate(8192).flip();
        private int total;

        Answer(SocketChannel channel, Selector selector, String what, Deadline deadline, CancelToken cancel) {
            this.channel = channel;
            this.selector = selector;
            this.what = what;
            this.deadline = deadline;
            this.cancel = cancel;
        }

        /** One CRLF-terminated line without its terminator. */
        String line() throws IOException, IppCallException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                int b = next();
                if (b < 0) {
                    throw new IppCallException(IppCallException.Kind.BROKEN, what
                            + ": connection closed in the middle of the HTTP answer", null);
                }
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
                }
                if (line.size() > 8192) {
                    throw new IppCallException(IppCallException.Kind.BROKEN, what + ": HTTP header line over 8 KiB",
                            null);
                }
                line.write(b);
            }
        }

        byte[] bytes(int count) throws IOException, IppCallException {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++) {
                int b = next();
                if (b < 0) {
                    throw new IppCallException(IppCallException.Kind.BROKEN, what + ": answer cut after " + i
                            + " of " + count + " body bytes", null);
                }
                bytes[i] = (byte) b;
            }
            return bytes;
        }

        byte[] rest() throws IOException, IppCallException {
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            for (int b = next(); b >= 0; b = next()) {
                rest.write(b);
            }
            return rest.toByteArray();
        }

        private int next() throws IOException, IppCallException {
            while (!buffer.hasRemaining()) {
                check(what, deadline, cancel, "while waiting for the answer");
                buffer.clear();
                int read = channel.read(buffer);
                buffer.flip();
                if (read < 0) {
                    return -1;
                }
                if (read == 0) {
                    selector.select(SLICE_MILLIS);
                    selector.selectedKeys().clear();
                }
                total += read;
                if (total > MAX_ANSWER) {
                    throw new IppCallException(IppCallException.Kind.BROKEN, what + ": answer over " + MAX_ANSWER
                            + " bytes", null);
                }
            }
            return buffer.get() & 0xFF;
        }

        /** Gives up when the caller cancelled or the deadline passed. */
        static void check(String what, Deadline deadline, CancelToken cancel, String when) throws IppCallException {
            if (cancel.isCancelled()) {
                throw new IppCallException(IppCallException.Kind.CANCELLED, what + ": cancelled " + when, null);
            }
            if (deadline.expired()) {
                throw new IppCallException(IppCallException.Kind.TIMED_OUT, what + ": no answer within "
                        + deadline.budget().toMillis() + " ms (" + when + ")", null);
            }
        }
    }
}
