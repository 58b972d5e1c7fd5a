package org.budayang.kiosk.fleet;

import java.security.SecureRandom;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.DeviceStatus;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.fleet.commands.CommandExecutor;
import org.budayang.kiosk.fleet.commands.CommandLedger;
import org.budayang.kiosk.fleet.commands.CommandPoller;
import org.budayang.kiosk.fleet.commands.FleetClient;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import org.budayang.kiosk.fleet.telemetry.HeartbeatBuilder;
import org.budayang.kiosk.fleet.telemetry.HeartbeatSender;
import org.budayang.kiosk.fleet.telemetry.NetworkStats;
import org.budayang.kiosk.fleet.telemetry.OutboxHeartbeatQueue;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalSettings;
import org.budayang.kiosk.journal.OutboxDeliverer;
import org.budayang.kiosk.journal.OutboxState;

/**
 * bench/fleet-e2e.sh's kiosk: the kiosk's fleet classes against a real central process — enrolment with the code
 * sheet central wrote ({@code fleet.demoEnrolmentSheet}), then, over mutual TLS, one heartbeat through
 * the journal's outbox, then command polls executed on a {@link RecordingShell} (a citizen session open, so a
 * SCREENSHOT is refused). Prints what the shell did; exits 0 when the heartbeat was delivered.
 *
 * <p>{@code FleetEndToEndMain <enrolment sheet> <data dir> [--enrol-only]}; prints {@code kiosk: enrolled as <kiosk
 * id>} first ({@code --enrol-only}: then stops, so that ops can create commands for the kiosk id; the next run keeps
 * the enrolment).
 */
public final class FleetEndToEndMain {
    private FleetEndToEndMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        Clock clock = Clock.systemUTC();
        KioskCredentials credentials = new KioskEnrolment(dir.resolve("fleet"), clock, new SecureRandom())
                .ensureEnrolled(Path.of(args[0]), "fleet-e2e");
        System.out.println("kiosk: enrolled as " + credentials.kioskId());
        if (args.length > 2 && "--enrol-only".equals(args[2])) {
            return;
        }
        NetworkStats network = new NetworkStats();
        DeviceBoard board = new DeviceBoard(clock, Runnable::run);
        board.update(DeviceRole.RECEIPT_PRINTER, DeviceStatus.online(clock.instant()));
        board.update(DeviceRole.ID_CARD_READER, DeviceStatus.offline(clock.instant().minusSeconds(600),
                "no answer"));
        try (Journal journal = Journal.open(new JournalSettings(dir.resolve("journal"), Duration.ofDays(7)), clock);
             FleetClient client = FleetClient.mutualTls(credentials, network)) {
            OutboxDeliverer deliverer = new OutboxDeliverer(journal.outbox(), client, clock, Duration.ofMillis(200),
                    Duration.ofSeconds(1), Duration.ofMillis(100));
            HeartbeatSender heartbeats = new HeartbeatSender(new HeartbeatBuilder(board, "0.1.0-e2e", dir,
                    () -> "attract", Optional::empty, network, clock), new OutboxHeartbeatQueue(journal.outbox(),
                    deliverer::wake), network, Duration.ofSeconds(30));
            deliverer.start();
            heartbeats.beat();
            long end = System.nanoTime() + 10_000_000_000L;
            while (!journal.outbox().records(OutboxState.PENDING).isEmpty() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            boolean delivered = journal.outbox().records(OutboxState.SENT).size() == 1;
            deliverer.close();
            System.out.println("kiosk: heartbeat " + (delivered ? "delivered" : "NOT delivered"));

            RecordingShell shell = new RecordingShell();
            shell.sessionOpen = true;
            CommandLedger ledger = CommandLedger.open(dir.resolve("fleet/commands.ledger"));
            CommandPoller poller = new CommandPoller(client, new CommandExecutor(shell, ledger, clock), ledger,
                    Duration.ZERO);
            int executed = poller.pollOnce(Duration.ofSeconds(2));
            int again = poller.pollOnce(Duration.ZERO);
            System.out.println("kiosk: " + executed + " commands executed, then " + again + " handed out again");
            System.out.println("kiosk: shell calls " + shell.calls);
            System.exit(delivered ? 0 : 1);
        }
    }
}
