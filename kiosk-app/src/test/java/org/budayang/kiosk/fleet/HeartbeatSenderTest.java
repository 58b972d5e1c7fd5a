package org.budayang.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.fleet.commands.FleetClient;
import org.budayang.kiosk.fleet.telemetry.HeartbeatBuilder;
import org.budayang.kiosk.fleet.telemetry.HeartbeatSender;
import org.budayang.kiosk.fleet.telemetry.NetworkStats;
import org.budayang.kiosk.fleet.telemetry.OutboxHeartbeatQueue;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.OutboxDeliverer;
import org.budayang.kiosk.journal.OutboxState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heartbeats from the device board into the journal's outbox (a real SQLite file) and out to a real HTTP server
 * through the outbox deliverer; while central is down they coalesce to one waiting heartbeat.
 */
class HeartbeatSenderTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void heartbeatsDescribeTheBoardAndCoalesceWhileCentralIsDown() throws Exception {
        DeviceBoard board = new DeviceBoard(Clock.systemUTC(), Runnable::run);
        board.update(DeviceRole.RECEIPT_PRINTER, new DeviceStatus(Health.DEGRADED, Set.of(Condition.PAPER_LOW),
                RecommendedAction.CLEAR, T0, "paper near end"));
        board.update(DeviceRole.ID_CARD_READER, DeviceStatus.offline(T0.minusSeconds(300), "no answer on /dev/ttyS1"));
        NetworkStats stats = new NetworkStats();
        HeartbeatBuilder builder = new HeartbeatBuilder(board, "0.1.0-test", dir, () -> "guide",
                () -> Optional.of(T0.minusSeconds(60)), stats, Clock.systemUTC());

        try (Journal journal = Journal.open(new JournalSettings(dir.resolve("journal"), Duration.ofDays(7)),
                Clock.systemUTC());
             ScriptedCentral central = new ScriptedCentral();
             FleetClient client = central.client(stats);
             OutboxDeliverer deliverer = new OutboxDeliverer(journal.outbox(), client, Clock.systemUTC(),
                     Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(50))) {
            HeartbeatSender sender = new HeartbeatSender(builder, new OutboxHeartbeatQueue(journal.outbox(),
                    deliverer::wake), stats, Duration.ofSeconds(30));
            central.failNext(Integer.MAX_VALUE, 503);
            assertTrue(sender.beat());
            assertFalse(sender.beat(), "one heartbeat already waits");
            assertFalse(sender.beat());
            assertEquals(1, journal.outbox().records(OutboxState.PENDING).size());

            deliverer.start();
            waitFor(() -> journal.outbox().records(OutboxState.PENDING).get(0).attempts() >= 2, "failed attempts");
            central.failNext(0, 503);
            waitFor(() -> journal.outbox().records(OutboxState.PENDING).isEmpty(), "the waiting heartbeat delivered");
            assertEquals(1, central.heartbeats.size());
            assertTrue(sender.beat(), "nothing waits any more");
            waitFor(() -> central.heartbeats.size() == 2, "the fresh heartbeat delivered");
            deliverer.close();

            Heartbeat first = ScriptedCentral.heartbeat(central.heartbeats.get(0));
            assertEquals("guide", first.screen());
            assertEquals(T0.minusSeconds(60), first.lastTransactionAt());
            DeviceHealth printer = first.device("receiptPrinter").orElseThrow();
            assertEquals(DeviceState.DEGRADED, printer.state());
            assertEquals(java.util.List.of("PAPER_LOW"), printer.conditions());
            DeviceHealth reader = first.device("idCardReader").orElseThrow();
            assertEquals(DeviceState.OFFLINE, reader.state());
            assertEquals(T0.minusSeconds(300), reader.since(), "since when it has been offline");
            assertTrue(first.device("camera").isEmpty(), "roles not configured are left out");
            Heartbeat fresh = ScriptedCentral.heartbeat(central.heartbeats.get(1));
            assertEquals(2, fresh.network().coalesced(), "the two skipped while one waited");
            assertTrue(fresh.network().latencyMs() != null, "the round trips of the deliveries were measured");
            assertTrue(fresh.memoryMaxBytes() >= fresh.memoryUsedBytes() && fresh.diskFreeBytes() > 0);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
