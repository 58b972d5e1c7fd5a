package org.budayang.provisioning.probe;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The print queues of a CUPS server, asked with the IPP operation CUPS-Get-Printers (0x4002) over HTTP
 * ({@code POST http://host:631/}, {@code application/ipp}).
 */
public final class CupsQueues {
    static final int CUPS_GET_PRINTERS = 0x4002;
    private static final int TAG_OPERATION = 0x01;
    private static final int TAG_END = 0x03;
    private static final int TAG_PRINTER = 0x04;
    private static final int VALUE_ENUM = 0x23;
    private static final int VALUE_CHARSET = 0x47;
    private static final int VALUE_LANGUAGE = 0x48;
    private static final int VALUE_KEYWORD = 0x44;

    private final HttpClient http;
    private final Duration timeout;

    public CupsQueues(HttpClient http, Duration timeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** One queue: its name, IPP printer-state (3 idle, 4 processing, 5 stopped) and make and model. */
    public record Queue(String name, int state, String makeAndModel) {
        public String stateText() {
            return switch (state) {
                case 3 -> "idle";
                case 4 -> "processing";
                case 5 -> "stopped";
                default -> "state " + state;
            };
        }
    }

    /** The queues, or why they could not be listed. */
    public record Listing(String server, List<Queue> queues, String unavailable) {
        public Listing {
            queues = List.copyOf(queues);
        }
    }

    /** Lists the queues of the CUPS server at {@code host:port}. Never throws: a failure is in the listing. */
    public Listing list(String host, int port) {
        String server = host + ":" + port;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + server + "/"))
                .timeout(timeout)
                .header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request()))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return new Listing(server, List.of(), "CUPS at " + server + " answered HTTP " + response.statusCode());
            }
            return parse(server, response.body());
        } catch (IOException e) {
            return new Listing(server, List.of(), "no CUPS at " + server + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); is cupsd running? apt-get install"
                    + " cups; systemctl start cups");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Listing(server, List.of(), "interrupted while asking CUPS at " + server);
        }
    }

    static byte[] request() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(1);
        body.write(1);
        short16(body, CUPS_GET_PRINTERS);
        int32(body, 1);
        body.write(TAG_OPERATION);
        attribute(body, VALUE_CHARSET, "attributes-charset", "utf-8");
        attribute(body, VALUE_LANGUAGE, "attributes-natural-language", "en");
        attribute(body, VALUE_KEYWORD, "requested-attributes", "printer-name");
        attribute(body, VALUE_KEYWORD, "", "printer-state");
        attribute(body, VALUE_KEYWORD, "", "printer-make-and-model");
        body.write(TAG_END);
        return body.toByteArray();
    }

    static Listing parse(String server, byte[] body) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        List<Queue> queues = new ArrayList<>();
        try {
            in.readUnsignedShort();
            int status = in.readUnsignedShort();
            in.readInt();
            if (status > 0x00FF) {
                return new Listing(server, List.of(), "CUPS at " + server + " refused CUPS-Get-Printers: IPP status 0x"
                        + Integer.toHexString(status));
            }
            String name = null;
            int state = 0;
            String model = "";
            boolean inPrinter = false;
            while (true) {
                int tag = in.readUnsignedByte();
                if (tag < 0x10) {
                    if (inPrinter && name != null) {
                        queues.add(new Queue(name, state, model));
                    }
                    if (tag == TAG_END) {
                        return new Listing(server, queues, "");
                    }
                    inPrinter = tag == TAG_PRINTER;
                    name = null;
                    state = 0;
                    model = "";
                    continue;
                }
                String attribute = new String(in.readNBytes(in.readUnsignedShort()), StandardCharsets.UTF_8);
                byte[] value = in.readNBytes(in.readUnsignedShort());
                switch (attribute) {
                    case "printer-name" -> name = new String(value, StandardCharsets.UTF_8);
                    case "printer-state" -> state = tag == VALUE_ENUM && value.length == 4
                            ? new DataInputStream(new ByteArrayInputStream(value)).readInt() : 0;
                    case "printer-make-and-model" -> model = new String(value, StandardCharsets.UTF_8);
                    default -> { }
                }
            }
        } catch (EOFException cut) {
            return new Listing(server, queues, "CUPS at " + server + " sent a cut IPP answer (" + body.length
                    + " bytes)");
        } catch (IOException unreadable) {
            return new Listing(server, queues, "unreadable IPP answer from " + server + ": " + unreadable);
        }
    }

    private static void attribute(ByteArrayOutputStream out, int tag, String name, String value) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        out.write(tag);
        short16(out, n.length);
        out.writeBytes(n);
        short16(out, v.length);
        out.writeBytes(v);
    }

    private static void short16(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8);
        out.write(value);
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        short16(out, value >>> 16);
        short16(out, value & 0xFFFF);
    }
}
