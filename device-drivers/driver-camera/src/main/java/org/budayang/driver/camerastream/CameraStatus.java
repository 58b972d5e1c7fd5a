package org.budayang.driver.camerastream;

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
 * A camera's published health and its status listeners. A change (health or detail) is published once to every
 * listener on the thread that made it; a failing listener is logged and does not stop the others.
 */
final class CameraStatus {
    private static final Logger LOG = LoggerFactory.getLogger(CameraStatus.class);

    private final String device;
    private final Clock clock;
    private final Listeners<DeviceStatus> listeners;
    private DeviceStatus status;

    CameraStatus(String device, Clock clock) {
        this.device = device;
        this.clock = clock;
        this.status = DeviceStatus.offline(clock.instant(), device + " not opened yet");
        this.listeners = new Listeners<>(LOG, device, "status", DeviceStatus::health);
    }

    synchronized DeviceStatus current() {
        return status;
    }

    AutoCloseable onChange(Consumer<DeviceStatus> listener) {
        return listeners.add(listener);
    }

    void online(String detail) {
        set(new DeviceStatus(Health.ONLINE, Set.of(), RecommendedAction.NONE, clock.instant(), detail));
    }

    void offline(String detail) {
        set(DeviceStatus.offline(clock.instant(), detail));
    }

    /** The device is there but gives nothing usable: staff must look at it. */
    void unusable(String detail) {
        set(new DeviceStatus(Health.HARDWARE_ERROR, Set.of(), RecommendedAction.MAINTENANCE, clock.instant(), detail));
    }

    void failed(SourceFailure failure) {
        if (failure.health() == Health.OFFLINE) {
            offline(failure.getMessage());
        } else {
            set(new DeviceStatus(Health.HARDWARE_ERROR, Set.of(), RecommendedAction.MAINTENANCE, clock.instant(),
                    failure.getMessage()));
        }
    }

    private void set(DeviceStatus next) {
        synchronized (this) {
            if (status.health() == next.health() && status.detail().equals(next.detail())) {
                return;
            }
            status = next;
        }
        if (next.health() != Health.ONLINE) {
            LOG.warn("{} is {}: {}", device, next.health(), next.detail());
        } else {
            LOG.info("{} is ONLINE: {}", device, next.detail());
        }
        listeners.tell(next);
    }
}
