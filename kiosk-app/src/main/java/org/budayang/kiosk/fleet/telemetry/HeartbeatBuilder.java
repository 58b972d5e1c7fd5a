package org.budayang.kiosk.fleet.telemetry;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.DeviceState;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.kiosk.devices.DeviceBoard;

/**
 * Builds the kiosk's {@link Heartbeat} from the {@link DeviceBoard} (every configured role: health, conditions,
 * action, and since when the role has had that health) and runtime numbers (uptime, free disk of the data dir,
 * heap). Never personal data: the screen is a view's name, the devices are roles.
 */
public final class HeartbeatBuilder {
    private final DeviceBoard board;
    private final String appVersion;
    private final Path dataDir;
    private final Supplier<String> screen;
    private final Supplier<Optional<Instant>> lastTransaction;
    private final NetworkStats network;
    private final Clock clock;
    private final Map<DeviceRole, Since> since = new EnumMap<>(DeviceRole.class);

    private record Since(Health health, Instant at) {
    }

    /**
     * @param screen          the current screen's name (e.g. {@code attract}); a name outside [A-Za-z0-9_-] is sent
     *                        as {@code unknown}
     * @param lastTransaction when the last citizen transaction ended, if any since the start
     */
    public HeartbeatBuilder(DeviceBoard board, String appVersion, Path dataDir, Supplier<String> screen,
                            Supplier<Optional<Instant>> lastTransaction, NetworkStats network, Clock clock) {
        this.board = Objects.requireNonNull(board, "board");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.screen = Objects.requireNonNull(screen, "screen");
        this.lastTransaction = Objects.requireNonNull(lastTransaction, "lastTransaction");
        this.network = Objects.requireNonNull(network, "network");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized Heartbeat build() {
        Instant now = clock.instant();
        List<DeviceHealth> devices = new ArrayList<>();
        for (Map.Entry<DeviceRole, DeviceStatus> entry : board.snapshot().entrySet()) {
            DeviceStatus status = entry.getValue();
            if (status.health() == Health.NOT_CONFIGURED) {
                since.remove(entry.getKey());
                continue;
            }
            Since known = since.get(entry.getKey());
            if (known == null || known.health() != status.health()) {
                known = new Since(status.health(), status.at().isAfter(now) ? now : status.at());
                since.put(entry.getKey(), known);
            }
            devices.add(new DeviceHealth(entry.getKey().configKey(), DeviceState.valueOf(status.health().name()),
                    status.conditions().stream().map(Condition::name).toList(), status.action().name(), known.at(),
                    null));
        }
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = Math.max(runtime.maxMemory(), used);
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        return new Heartbeat(appVersion, now, uptime, devices, network.takeQuality(), diskFree(), used, max,
                lastTransaction.get().orElse(null), screenName());
    }

    private String screenName() {
        String name = screen.get();
        return name != null && name.matches("[A-Za-z0-9_-]{1,40}") ? name : "unknown";
    }

    private long diskFree() {
        try {
            return Files.getFileStore(Files.exists(dataDir) ? dataDir : dataDir.toAbsolutePath().getRoot())
                    .getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }
}
