package org.budayang.driver.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.junit.jupiter.api.Test;

/** Status bytes to health, and the bounded job memory. */
class StatusAndJobsTest {
    private static final Instant AT = Instant.parse("2026-11-27T01:00:00Z");

    private static DeviceStatus status(int p1, int p2, int p3, int p4) {
        return new PrinterStatus(p1, p2, p3, p4).toDeviceStatus(AT, "tcp 127.0.0.1:9100");
    }

    @Test
    void statusBytesMapToHealthConditionsAndActions() {
        DeviceStatus ok = status(0x12, 0x12, 0x12, 0x12);
        assertEquals(Health.ONLINE, ok.health());
        assertEquals(Set.of(), ok.conditions());

        DeviceStatus low = status(0x12, 0x12, 0x12, 0x1E);
        assertEquals(Health.DEGRADED, low.health());
        assertEquals(Set.of(Condition.PAPER_LOW), low.conditions());

        DeviceStatus out = status(0x1A, 0x32, 0x12, 0x72);
        assertEquals(Health.USER_ERROR, out.health());
        assertEquals(Set.of(Condition.PAPER_OUT), out.conditions());
        assertEquals(RecommendedAction.CLEAR, out.action());
        assertTrue(out.detail().contains("DLE EOT 1-4: 1A 32 12 72"), out.detail());

        DeviceStatus cover = status(0x1A, 0x16, 0x12, 0x12);
        assertEquals(Health.USER_ERROR, cover.health());
        assertEquals(Set.of(Condition.COVER_OPEN), cover.conditions());

        DeviceStatus cutter = status(0x1A, 0x52, 0x1A, 0x12);
        assertEquals(Health.HARDWARE_ERROR, cutter.health());
        assertEquals(RecommendedAction.MAINTENANCE, cutter.action());
        assertEquals(Optional.of("CUTTER_ERROR"), new PrinterStatus(0x1A, 0x52, 0x1A, 0x12).blockingCode());
        assertEquals(Optional.of("HARDWARE_ERROR"), new PrinterStatus(0x1A, 0x52, 0x32, 0x12).blockingCode());
        assertEquals(Optional.empty(), new PrinterStatus(0x12, 0x12, 0x12, 0x1E).blockingCode());
    }

    @Test
    void onlyStatusShapedBytesAreAccepted() {
        assertTrue(EscPos.isStatusReply(0x12) && EscPos.isStatusReply(0x7E));
        assertTrue(!EscPos.isStatusReply(0xFF) && !EscPos.isStatusReply(0x00) && !EscPos.isStatusReply(0x13));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new PrinterStatus(0x12, 0xFF, 0x12, 0x12));
        assertTrue(refused.getMessage().contains("FF"), refused.getMessage());
    }
}
