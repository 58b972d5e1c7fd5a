package org.budayang.driver.qrserial;

import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.runtime.Listeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scanner's published status and its listeners. A scanner has no consumables or covers: it is ONLINE
 * while it answers its probe (or, with {@code probe=none}, while its link is open) and OFFLINE when it does not
 * answer, its link is lost or it is closed. Every change is published once, to every listener, on the thread
 * that made it; a failing listener is logged and does not stop the others.
 */
final class ScannerBoard {
    private static final Logger LOG = LoggerFactory.getLogger(ScannerBoard.class);

    private final String device;
    private final Clock clock;
    private final Listeners<DeviceStatus> listeners;
    private DeviceStatus status;
    private String link = "no link";

    ScannerBoard(String device, Clock clock) {
        this.device = device;
        this.clock = clock;
        this.status = DeviceStatus.offline(clock.instant(), "not opened yet");
        this.listeners = new Listeners<>(LOG, device, "status", DeviceStatus::health);
    }

    synchronized DeviceStatus status() {
        return status;
    }

    AutoCloseable onStatus(Consumer<DeviceStatus> listener) {
        return listeners.add(listener);
    }

    synchronized void linkOpened(String description) {
        link = description;
    }

    /** The scanner answered (its probe, or with probe=none: its link is open). */
    void online(String detail) {
        set(Health.ONLINE, RecommendedAction.NONE, detail + " (" + link() + ")");
    }

    void noAnswer(String what) {
        set(Health.OFFLINE, RecommendedAction.RESET, what + " (" + link() + "); check the scanner's power and cable,"
                + " the port and baud rate, and that 'probe' names its command set (or set probe=none)");
    }

    void linkLost(String what) {
        set(Health.OFFLINE, RecommendedAction.RESET, "link lost: " + what);
    }

    void closed() {
        set(Health.OFFLINE, RecommendedAction.RESET, "closed (" + link() + ")");
    }

    private synchronized String link() {
        return link;
    }

    private void set(Health health, RecommendedAction action, String detail) {
        DeviceStatus changed;
        synchronized (this) {
            if (health == status.health() && action == status.action() && detail.equals(status.detail())) {
                return;
            }
            if (health == Health.OFFLINE && status.health() != Health.OFFLINE && !detail.startsWith("closed")) {
                LOG.warn("{} is OFFLINE: {}", device, detail);
            } else if (health == Health.ONLINE && status.health() == Health.OFFLINE) {
                LOG.info("{} is ONLINE: {}", device, detail);
            }
            status = new DeviceStatus(health, Set.of(), action, clock.instant(), detail);
            changed = status;
        }
        listeners.tell(changed);
    }
}
