package org.budayang.driver.cups;

import java.util.function.Consumer;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.runtime.Listeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device's last status and its listeners. A new status is published only when it differs from the last in
 * health, conditions, action or detail; a failing listener is logged and does not stop the others.
 */
final class StatusBoard {
    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);

    private final String device;
    private final Listeners<DeviceStatus> listeners;
    private DeviceStatus status;

    StatusBoard(String device, DeviceStatus initial) {
        this.device = device;
        this.status = initial;
        this.listeners = new Listeners<>(LOG, device, "status", DeviceStatus::health);
    }

    synchronized DeviceStatus status() {
        return status;
    }

    AutoCloseable onChange(Consumer<DeviceStatus> listener) {
        return listeners.add(listener);
    }

    void publish(DeviceStatus next) {
        synchronized (this) {
            if (next.sameAs(status)) {
                return;
            }
            status = next;
        }
        LOG.info("{} is {} {} (action {}): {}", device, next.health(), next.conditions(), next.action(), next.detail());
        listeners.tell(next);
    }
}
