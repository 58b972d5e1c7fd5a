package org.budayang.api.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.budayang.api.json.ApiJson;
import org.junit.jupiter.api.Test;

class FleetRecordsTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final Instant AT = Instant.parse("2026-11-27T09:00:00Z");

    static Heartbeat heartbeat(List<DeviceHealth> devices) {
        return new Heartbeat("0.1.0-SNAPSHOT", AT, 3600, devices, new NetworkQuality(12L, 0, 0), 5_000_000_000L,
                100_000_000L, 512_000_000L, null, "attract");
    }

    @Test
    void aHeartbeatSurvivesJsonAndKeepsItsDevices() throws Exception {
        Heartbeat beat = heartbeat(List.of(new DeviceHealth("receiptPrinter", DeviceState.DEGRADED,
                List.of("PAPER_LOW"), "CLEAR", AT.minusSeconds(60), null),
                new DeviceHealth("cashAcceptor", DeviceState.ONLINE, List.of(), "NONE", AT, 91)));
        Heartbeat read = JSON.readValue(JSON.writeValueAsString(beat), Heartbeat.class);
        assertEquals(beat, read);
        assertTrue(read.device("receiptPrinter").orElseThrow().has("PAPER_LOW"));
        assertEquals(91, read.device("cashAcceptor").orElseThrow().fillPercent());
    }

    @Test
    void refusalsNameTheFieldTheValueAndWhatIsAccepted() {
        IllegalArgumentException screen = assertThrows(IllegalArgumentException.class, () -> new Heartbeat("1.0", AT,
                1, List.of(), new NetworkQuality(null, 0, 0), 0, 0, 0, null, "身份证 620102"));
        assertEquals("Heartbeat.screen is not accepted (10 characters, value not repeated); expected a screen name of "
                + "1-40 [A-Za-z0-9_-], e.g. attract", screen.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> heartbeat(List.of(
                new DeviceHealth("camera", DeviceState.ONLINE, List.of(), "NONE", AT, null),
                new DeviceHealth("camera", DeviceState.OFFLINE, List.of(), "RESET", AT, null))));
        assertEquals("Heartbeat.devices names role 'camera' twice; each role once", twice.getMessage());
        IllegalArgumentException fill = assertThrows(IllegalArgumentException.class,
                () -> new DeviceHealth("cashAcceptor", DeviceState.ONLINE, List.of(), "NONE", AT, 101));
        assertEquals("DeviceHealth.fillPercent: 101 is out of range; accepted 0..100", fill.getMessage());
        IllegalArgumentException memory = assertThrows(IllegalArgumentException.class, () -> new Heartbeat("1.0", AT,
                1, List.of(), new NetworkQuality(null, 0, 0), 0, 10, 5, null, "attract"));
        assertEquals("Heartbeat.memoryMaxBytes: 5 is out of range; accepted 10..9223372036854775807",
                memory.getMessage());
        List<DeviceHealth> many = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            many.add(new DeviceHealth("role" + (char) ('a' + i), DeviceState.ONLINE, List.of(), "NONE", AT, null));
        }
        assertEquals("Heartbeat.devices has 17 entries; at most 16",
                assertThrows(IllegalArgumentException.class, () -> heartbeat(many)).getMessage());
    }

    @Test
    void commandRequestsCarryWhatTheirTypeNeedsAndNothingElse() {
        CommandRequest out = new CommandRequest(CommandType.OUT_OF_SERVICE, " 设备维护中 ", null, null, null);
        assertEquals("设备维护中", out.message());
        assertEquals(CommandRequest.DEFAULT_TTL_SECONDS, out.ttlSeconds());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CommandRequest(CommandType.OUT_OF_SERVICE,
                " ", null, null, null)).getMessage().startsWith("CommandRequest.message must not be blank"));
        assertEquals("CommandRequest.message is only for OUT_OF_SERVICE, not RESTART; leave it out",
                assertThrows(IllegalArgumentException.class, () -> new CommandRequest(CommandType.RESTART, "x", null,
                        null, null)).getMessage());
        assertEquals("CommandRequest.configValue is required", assertThrows(IllegalArgumentException.class,
                () -> new CommandRequest(CommandType.SET_CONFIG, null, "session.idle", null, null)).getMessage());
        assertEquals("CommandRequest.ttlSeconds: 5 is out of range; accepted 60..604800",
                assertThrows(IllegalArgumentException.class, () -> new CommandRequest(CommandType.RESTART, null, null,
                        null, 5L)).getMessage());
    }

    @Test
    void resultsNeedACodeUnlessDoneAndAttachmentsAreBase64OfAKnownType() throws Exception {
        assertNull(CommandResult.done("ok", AT).code());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CommandResult(CommandOutcome.REFUSED, null,
                "", AT, null, null)).getMessage().startsWith("CommandResult.code must not be blank"));
        CommandResult png = CommandResult.withAttachment("screen", AT, "image/png", new byte[] {1, 2, 3});
        assertEquals(png, JSON.readValue(JSON.writeValueAsString(png), CommandResult.class));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CommandResult(CommandOutcome.DONE, null, "",
                AT, "image/png", "%%%")).getMessage().startsWith("CommandResult.attachment is not base64"));
        assertEquals("CommandResult.attachmentType: 'application/zip' is not accepted; expected one of [text/plain, "
                + "image/png]", assertThrows(IllegalArgumentException.class, () -> new CommandResult(
                        CommandOutcome.DONE, null, "", AT, "application/zip", "AAAA")).getMessage());
    }
}
