package org.budayang.driver.escpos;

import java.time.Clock;
import java.util.function.Consumer;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.runtime.Listeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The printer's published status: each change (health, conditions, action or detail) goes once to every
 * listener, on the thread that made it; a failing listener is logged and does not stop the others.
 */
final class StatusBoard {
    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);

    private final String device;
    private final Clock clock;
    private final Listeners<DeviceStatus> listeners;
    private DeviceStatus status;
    private DeviceStatus answering;

    StatusBoard(String device, Clock clock) {
        this.device = device;
        this.clock = clock;
        this.status = DeviceStatus.offline(clock.instant(), "not opened yet");
        this.listeners = new Listeners<>(LOG, device, "status", DeviceStatus::health);
    }

    synchronized DeviceStatus status() {
        return status;
    }

    Clock clock() {
        return clock;
    }

    AutoCloseable onStatus(Consumer<DeviceStatus> listener) {
        return listeners.add(listener);
    }

    /** What the printer's status bytes said. */
    void answered(PrinterStatus printer, String link) {
        DeviceStatus next = printer.toDeviceStatus(clock.instant(), link);
        synchronized (this) {
            answering = next;
        }
        set(next);
    }

    /** A job is being sent: ONLINE becomes BUSY; other healths stay. */
    void busy(boolean busy) {
        DeviceStatus next;
        synchronized (this) {
            if (busy && status.health() == Health.ONLINE) {
                next = new DeviceStatus(Health.BUSY, status.conditions(), RecommendedAction.NONE, clock.instant(),
                        status.detail());
            } else if (!busy && status.health() == Health.BUSY) {
                next = answering != null ? answering : DeviceStatus.online(clock.instant());
            } else {
                return;
            }
        }
        set(next);
    }

    void offline(String detail) {
        set(DeviceStatus.offline(clock.instant(), detail));
    }

    private void set(DeviceStatus next) {
        synchronized (this) {
            if (next.sameAs(status)) {
                return;
            }
            if (next.health() != status.health()) {
                LOG.info("{} is now {} {}: {}", device, next.health(), next.conditions(), next.detail());
            }
            status = next;
        }
        listeners.tell(next);
    }
}
