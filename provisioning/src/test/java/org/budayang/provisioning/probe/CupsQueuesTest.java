package org.budayang.provisioning.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CUPS-Get-Printers over real HTTP against a scripted IPP peer on a loopback port that checks the request and
 * answers like cupsd (two printers, one stopped).
 */
class CupsQueuesTest {
    private HttpServer server;
    private final List<byte[]> requests = new ArrayList<>();
    private volatile byte[] answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestBody().readAllBytes());
            boolean ipp = "application/ipp".equals(exchange.getRequestHeaders().getFirst("Content-Type"));
            byte[] body = ipp ? answer : new byte[0];
            exchange.sendResponseHeaders(ipp ? 200 : 400, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CupsQueues queues() {
        return new CupsQueues(HttpClient.newHttpClient(), Duration.ofSeconds(2));
    }

    @Test
    void listsEachQueueWithItsStateAndModelAndTheProposalSkipsAStoppedOne() throws IOException {
        answer = answer(0x0000, List.of(Map.of("printer-name", "Kyocera_A4", "printer-state", "3",
                        "printer-make-and-model", "Kyocera ECOSYS P2040dn"),
                Map.of("printer-name", "old_hp", "printer-state", "5", "printer-make-and-model", "HP LaserJet")));

        CupsQueues.Listing listing = queues().list("127.0.0.1", server.getAddress().getPort());

        assertEquals("", listing.unavailable());
        assertEquals(List.of(new CupsQueues.Queue("Kyocera_A4", 3, "Kyocera ECOSYS P2040dn"),
                new CupsQueues.Queue("old_hp", 5, "HP LaserJet")), listing.queues());
        assertArrayEquals(CupsQueues.request(), requests.get(0));
        assertEquals(0x4002, ((requests.get(0)[2] & 0xFF) << 8) | (requests.get(0)[3] & 0xFF));

        Proposal proposal = new Proposal(java.nio.file.Path.of("/nonexistent")).cups(listing, "127.0.0.1", 631);
        assertEquals(Map.of("device.documentPrinter.driver", "cups", "device.documentPrinter.host", "127.0.0.1",
                "device.documentPrinter.port", "631", "device.documentPrinter.queue", "Kyocera_A4"), proposal.lines());
        assertEquals(List.of("documentPrinter: queue old_hp is stopped (cupsenable old_hp), not proposed"),
                proposal.notes());
    }

    @Test
    void anIppRefusalACutAnswerAndNoServerAreReportedNotThrown() throws IOException {
        answer = answer(0x0401, List.of());
        assertEquals("CUPS at 127.0.0.1:" + server.getAddress().getPort() + " refused CUPS-Get-Printers: IPP status"
                + " 0x401", queues().list("127.0.0.1", server.getAddress().getPort()).unavailable());

        byte[] whole = answer(0, List.of(Map.of("printer-name", "A4", "printer-state", "3",
                "printer-make-and-model", "m")));
        answer = java.util.Arrays.copyOf(whole, whole.length - 5);
        assertTrue(queues().list("127.0.0.1", server.getAddress().getPort()).unavailable()
                .contains("sent a cut IPP answer"));

        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        CupsQueues.Listing none = queues().list("127.0.0.1", closed);
        assertTrue(none.unavailable().startsWith("no CUPS at 127.0.0.1:" + closed + " (ConnectException"),
                none.unavailable());
        assertTrue(none.unavailable().endsWith("is cupsd running? apt-get install cups; systemctl start cups"));
    }

    /** An IPP answer: version 1.1, the status, request id 1, operation attributes, one printer group each. */
    private static byte[] answer(int status, List<Map<String, String>> printers) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0x0101);
        out.writeShort(status);
        out.writeInt(1);
        out.writeByte(0x01);
        text(out, 0x47, "attributes-charset", "utf-8");
        for (Map<String, String> printer : printers) {
            out.writeByte(0x04);
            text(out, 0x42, "printer-name", printer.get("printer-name"));
            out.writeByte(0x23);
            out.writeShort("printer-state".length());
            out.writeBytes("printer-state");
            out.writeShort(4);
            out.writeInt(Integer.parseInt(printer.get("printer-state")));
            text(out, 0x41, "printer-make-and-model", printer.get("printer-make-and-model"));
        }
        out.writeByte(0x03);
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, int tag, String name, String value) throws IOException {
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        out.writeByte(tag);
        out.writeShort(name.length());
        out.writeBytes(name);
        out.writeShort(v.length);
        out.write(v);
    }
}
