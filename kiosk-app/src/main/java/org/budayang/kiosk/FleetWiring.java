package org.budayang.kiosk;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.fleet.commands.CommandExecutor;
import org.budayang.kiosk.fleet.commands.CommandLedger;
import org.budayang.kiosk.fleet.commands.CommandPoller;
import org.budayang.kiosk.fleet.commands.FleetClient;
import org.budayang.kiosk.fleet.commands.KioskShell;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.fleet.telemetry.HeartbeatBuilder;
import org.budayang.kiosk.fleet.telemetry.HeartbeatSender;
import org.budayang.kiosk.fleet.telemetry.NetworkStats;
import org.budayang.kiosk.fleet.telemetry.OutboxHeartbeatQueue;
import org.budayang.kiosk.journal.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's part in fleet operations (issue #9, decision 0015), started by {@code KioskMain} once the kiosk is
 * enrolled: heartbeats every {@code fleet.heartbeatInterval} through the journal's outbox (so none is lost offline;
 * delivered by the desk's outbox deliverer over mutual TLS), and the command poller executing central ops' commands
 * on the {@link KioskShell} at most once each ({@link CommandLedger} at {@code <data.dir>/fleet/commands.ledger}).
 * Not enrolled, or without a journal, the part that cannot run is left out and the log says why.
 */
public final class FleetWiring implements AutoCloseable {
    /** The ledger of executed commands under data.dir. */
    public static final String LEDGER = "commands.ledger";
    private static final Logger LOG = LoggerFactory.getLogger(FleetWiring.class);

    private final HeartbeatSender heartbeats;
    private final CommandPoller poller;
    private final FleetClient client;

    private FleetWiring(HeartbeatSender heartbeats, CommandPoller poller, FleetClient client) {
        this.heartbeats = heartbeats;
        this.poller = poller;
        this.client = client;
    }

    /** What the heartbeat reads and the commands act on. */
    public record Parts(KioskCredentials credentials, java.nio.file.Path dataDir, java.time.Duration interval,
                        DeviceBoard board, Optional<Outbox> outbox, Runnable wakeOutbox, Supplier<String> screen,
                        Supplier<Optional<Instant>> lastTransaction, KioskShell shell, String appVersion) {
        public Parts {
            Objects.requireNonNull(credentials, "FleetWiring.credentials (the kiosk must be enrolled)");
            Objects.requireNonNull(dataDir, "FleetWiring.dataDir");
            Objects.requireNonNull(interval, "FleetWiring.interval");
            Objects.requireNonNull(board, "FleetWiring.board");
            Objects.requireNonNull(outbox, "FleetWiring.outbox");
            Objects.requireNonNull(wakeOutbox, "FleetWiring.wakeOutbox");
            Objects.requireNonNull(screen, "FleetWiring.screen");
            Objects.requireNonNull(lastTransaction, "FleetWiring.lastTransaction");
            Objects.requireNonNull(shell, "FleetWiring.shell");
            Objects.requireNonNull(appVersion, "FleetWiring.appVersion");
        }
    }

    /** Starts heartbeats and the command poller; close to stop both. */
    public static FleetWiring start(Parts parts, Clock clock) {
        NetworkStats network = new NetworkStats();
        FleetClient client = FleetClient.mutualTls(parts.credentials(), network);
        HeartbeatSender heartbeats = null;
        if (parts.outbox().isPresent()) {
            HeartbeatBuilder builder = new HeartbeatBuilder(parts.board(), parts.appVersion(), parts.dataDir(),
                    parts.screen(), parts.lastTransaction(), network, clock);
            heartbeats = new HeartbeatSender(builder, new OutboxHeartbeatQueue(parts.outbox().get(),
                    parts.wakeOutbox()), network, parts.interval());
            heartbeats.start();
        } else {
            LOG.error("Kiosk {} sends no heartbeats: the journal (its outbox) cannot be opened; see the desk's error",
                    parts.credentials().kioskId());
        }
        CommandLedger ledger = CommandLedger.open(parts.dataDir().resolve(CentralLink.FLEET_DIR).resolve(LEDGER));
        CommandPoller poller = new CommandPoller(client, new CommandExecutor(parts.shell(), ledger, clock), ledger,
                CommandPoller.DEFAULT_WAIT);
        poller.start();
        LOG.info("Fleet operations of kiosk {}: heartbeats every {}, commands polled from {}",
                parts.credentials().kioskId(), parts.interval(), parts.credentials().apiUrl());
        return new FleetWiring(heartbeats, poller, client);
    }

    /** The application's version for the heartbeat: the jar's Implementation-Version, else {@code dev}. */
    public static String appVersion() {
        String version = KioskMain.class.getPackage().getImplementationVersion();
        return version != null && version.matches("[A-Za-z0-9._+-]{1,64}") ? version : "dev";
    }

    @Override
    public void close() {
        if (heartbeats != null) {
            heartbeats.close();
        }
        try {
            client.close(); // cuts a poll central holds open, so the poller's thread ends at once
        } catch (IOException e) {
            LOG.warn("Closing the fleet client failed: {}", e.toString());
        }
        poller.close();
    }
}
