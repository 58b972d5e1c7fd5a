package org.budayang.kiosk.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.budayang.api.fleet.CommandOutcome;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.CommandType;
import org.budayang.api.fleet.KioskCommand;
import org.budayang.kiosk.fleet.commands.CommandExecutor;
import org.budayang.kiosk.fleet.commands.CommandLedger;
import org.budayang.kiosk.fleet.commands.CommandPoller;
import org.budayang.kiosk.fleet.commands.FleetClient;
import org.budayang.kiosk.fleet.commands.FleetUnavailableException;
import org.budayang.kiosk.fleet.telemetry.NetworkStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's command loop against a real HTTP server speaking central's protocol, with a recording shell. */
class CommandPollerTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, java.time.ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void eachCommandRunsOnceOnTheShellAndItsResultIsReportedEvenAfterCentralFailedToTakeIt() throws Exception {
        try (ScriptedCentral central = new ScriptedCentral();
             FleetClient client = client(central)) {
            RecordingShell shell = new RecordingShell();
            CommandLedger ledger = CommandLedger.open(dir.resolve("fleet/commands.ledger"));
            CommandPoller poller = new CommandPoller(client, new CommandExecutor(shell, ledger, CLOCK), ledger,
                    Duration.ZERO);
            central.pending.add(command("cmd-00000001", CommandType.OUT_OF_SERVICE, "设备维护中", null, null));
            central.pending.add(command("cmd-00000002", CommandType.SET_CONFIG, null, "session.idleSeconds", "90"));
            central.pending.add(command("cmd-00000003", CommandType.SET_CONFIG, null, "central.url", "http://x"));
            central.pending.add(command("cmd-00000004", CommandType.COLLECT_LOGS, null, null, null));
            central.failNext(1, 503);

            assertEquals(4, poller.pollOnce(Duration.ZERO));
            assertEquals(List.of("outOfService 设备维护中", "setConfig session.idleSeconds=90", "collectLogs"),
                    shell.calls);
            assertEquals(3, central.results.size(), "the first result met a 503");
            assertEquals(1, central.pending.size(), "central hands cmd-00000001 out again");

            central.failNext(1, 503);
            assertEquals(1, poller.pollOnce(Duration.ZERO), "the waiting result met a 503 again: handed out again");
            assertEquals(3, shell.calls.size(), "delivered again, not executed again");
            assertEquals(List.of(), central.pending);
            List<String> keys = central.results.stream().map(ScriptedCentral.Posted::key).toList();
            assertEquals(List.of("result-cmd-00000002", "result-cmd-00000003", "result-cmd-00000004",
                    "result-cmd-00000001"), keys, "one stable key per command");
            CommandResult refused = ScriptedCentral.result(central.results.get(1));
            assertEquals(CommandOutcome.FAILED, refused.outcome());
            assertEquals("UNKNOWN_CONFIG_KEY", refused.code());
            assertEquals("configuration key 'central.url' cannot be set remotely; accepted: session.*",
                    refused.detail());
            CommandResult logs = ScriptedCentral.result(central.results.get(2));
            assertEquals("text/plain", logs.attachmentType());
            assertTrue(new String(Base64.getDecoder().decode(logs.attachment()), StandardCharsets.UTF_8)
                    .contains("620102********0034"));
            assertEquals(0, poller.pollOnce(Duration.ZERO));
            assertEquals(4, central.results.size(), "nothing left to report");
        }
    }

    @Test
    void aScreenshotIsRefusedDuringASessionAndARestartIsReportedAfterTheRestartWithoutASecondOne() throws Exception {
        try (ScriptedCentral central = new ScriptedCentral();
             FleetClient client = client(central)) {
            RecordingShell shell = new RecordingShell();
            shell.sessionOpen = true;
            Path ledgerFile = dir.resolve("fleet/commands.ledger");
            CommandLedger ledger = CommandLedger.open(ledgerFile);
            central.pending.add(command("cmd-00000010", CommandType.SCREENSHOT, null, null, null));
            new CommandPoller(client, new CommandExecutor(shell, ledger, CLOCK), ledger, Duration.ZERO)
                    .pollOnce(Duration.ZERO);
            CommandResult refused = ScriptedCentral.result(central.results.get(0));
            assertEquals(CommandOutcome.REFUSED, refused.outcome());
            assertEquals("SESSION_OPEN", refused.code());
            assertEquals(List.of(), shell.calls, "no screenshot taken");

            // RESTART: the shell restarts the process before the result is reported: the ledger says BEGIN only
            KioskCommand restart = command("cmd-00000011", CommandType.RESTART, null, null, null);
            assertTrue(ledger.begin(restart.commandId(), restart.type()));
            shell.restart();
            central.pending.add(restart);

            CommandLedger afterRestart = CommandLedger.open(ledgerFile);
            RecordingShell restarted = new RecordingShell();
            new CommandPoller(client, new CommandExecutor(restarted, afterRestart, CLOCK), afterRestart, Duration.ZERO)
                    .pollOnce(Duration.ZERO);
            assertEquals(List.of(), restarted.calls, "the restart is not done twice");
            CommandResult done = ScriptedCentral.result(central.results.get(1));
            assertEquals(CommandOutcome.DONE, done.outcome());
            assertEquals("the application restarted", done.detail());
        }
    }

    @Test
    void anUnreachableCentralIsAFailureCountedForTheHeartbeat() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        NetworkStats stats = new NetworkStats();
        java.net.URI nowhere = java.net.URI.create("https://127.0.0.1:" + port);
        try (FleetClient client = FleetClient.mutualTls(TestTls.fresh().kiosk(ScriptedCentral.KIOSK, nowhere),
                stats)) {
            FleetUnavailableException e = org.junit.jupiter.api.Assertions.assertThrows(
                    FleetUnavailableException.class, () -> client.poll(Duration.ZERO));
            assertTrue(e.getMessage().startsWith("GET https://127.0.0.1:" + port + "/api/v1/commands?waitSeconds=0 "
                    + "failed: "), e.getMessage());
        }
        assertEquals(1, stats.takeQuality().failures());
    }

    static FleetClient client(ScriptedCentral central) {
        return central.client(new NetworkStats());
    }

    static KioskCommand command(String id, CommandType type, String message, String key, String value) {
        return new KioskCommand(id, type, message, key, value, T0, T0.plusSeconds(3600));
    }
}
