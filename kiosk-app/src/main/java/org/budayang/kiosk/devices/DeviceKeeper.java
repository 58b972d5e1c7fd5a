package org.budayang.kiosk.devices;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.Device;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.link.LinkLostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * INTERIM until the driver runtime's {@code Supervisor} is on main: keeps one device open and enabled on
 * its own daemon thread, reopens it with a doubling backoff (200 ms to 2 s) when its link is lost or it
 * reports OFFLINE, and publishes its status to the {@link DeviceBoard}. {@link KioskDevices} replaces it
 * by the supervisor; nothing else uses it.
 */
final class DeviceKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceKeeper.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    private final Device device;
    private final DeviceBoard board;
    private final Clock clock;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private volatile boolean stopping;

    DeviceKeeper(Device device, DeviceBoard board, Clock clock) {
        this.device = device;
        this.board = board;
        this.clock = clock;
        this.thread = new Thread(this::loop, "device-keeper-" + device.role());
        this.thread.setDaemon(true);
    }

    void start() {
        device.onStatusChange(status -> {
            board.update(device.role(), status);
            if (status.health() == Health.OFFLINE) {
                wake.release();
            }
        });
        thread.start();
    }

    private void loop() {
        Duration backoff = FIRST_BACKOFF;
        while (!stopping) {
            try {
                device.open();
                device.enable();
                board.update(device.role(), device.status());
                backoff = FIRST_BACKOFF;
                wake.drainPermits();
                while (!stopping && device.status().health() != Health.OFFLINE) {
                    wake.tryAcquire(1, TimeUnit.SECONDS);
                }
            } catch (LinkLostException | RuntimeException e) {
                board.update(device.role(), DeviceStatus.offline(clock.instant(), e.getMessage() == null
                        ? e.toString() : e.getMessage()));
                LOG.debug("{} could not be opened: {}", device.role(), e.getMessage());
            } catch (InterruptedException e) {
                return;
            }
            device.close();
            if (stopping) {
                return;
            }
            board.update(device.role(), DeviceStatus.offline(clock.instant(),
                    "no answer; reopening in " + backoff.toMillis() + " ms"));
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    void stop() {
        stopping = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        device.close();
    }
}
