package org.budayang.central.fleet.load;

import java.time.Instant;
import java.util.UUID;

/** The JSON a simulated kiosk sends: a heartbeat like the kiosk's HeartbeatSender makes, a transaction record. */
final class Bodies {
    private Bodies() {
    }

    /** A heartbeat sent now; {@code coalesced} heartbeats were skipped while the kiosk was cut off. */
    static String heartbeat(KioskLink link, int coalesced) {
        Instant now = Instant.now();
        int hash = link.kioskId().hashCode() & 0x7fff;
        return "{\"appVersion\":\"0.1.0\",\"sentAt\":\"" + now + "\",\"uptimeSeconds\":" + (3600 + hash)
                + ",\"devices\":[{\"role\":\"receiptPrinter\",\"state\":\"ONLINE\",\"conditions\":[],"
                + "\"action\":\"NONE\",\"since\":\"2026-11-01T00:00:00Z\"},{\"role\":\"idCardReader\","
                + "\"state\":\"ONLINE\",\"conditions\":[],\"action\":\"NONE\",\"since\":\"2026-11-01T00:00:00Z\"},"
                + "{\"role\":\"cashAcceptor\",\"state\":\"ONLINE\",\"conditions\":[],\"action\":\"NONE\","
                + "\"since\":\"2026-11-01T00:00:00Z\",\"fillPercent\":" + (hash % 80) + "}],"
                + "\"network\":{\"latencyMs\":" + (5 + hash % 40) + ",\"failures\":" + (coalesced > 0 ? 3 : 0)
                + ",\"coalesced\":" + coalesced + "},\"diskFreeBytes\":8000000000,\"memoryUsedBytes\":120000000,"
                + "\"memoryMaxBytes\":512000000,\"lastTransactionAt\":null,\"screen\":\"attract\"}";
    }

    /** A completed 社保 query's transaction record, as the kiosk's outbox delivers it. */
    static String transaction() {
        String id = "tx-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return "{\"transactionId\":\"" + id + "\",\"itemCode\":\"GG00031001\",\"applicationNumber\":null,"
                + "\"outcome\":\"COMPLETED\",\"failureCode\":null,\"startedAt\":\"2026-11-27T01:20:00Z\","
                + "\"finishedAt\":\"2026-11-27T01:24:00Z\",\"printed\":1}";
    }
}
