package org.budayang.driver.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.budayang.driver.Device;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.Health;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Supervisor}'s loop for one device, on its own daemon thread {@code supervisor-<role>}:
 * <pre>
 *   DOWN  --open+enable ok-->  UP      (backoff reset)
 *   DOWN  --open failed--->    DOWN    OFFLINE published, wait backoff, backoff doubles up to the cap
 *   UP    --poll ok/timeout--> UP      the device's status published
 *   UP    --link lost-------->  DOWN   OFFLINE published, device closed
 *   any   --configuration error--> GAVE_UP (HARDWARE_ERROR / CONFIGURATION; no retry: it cannot heal)
 * </pre>
 * The device reporting OFFLINE by itself (e.g. its card poller lost the link) wakes the loop to poll at once.
 */
final class DeviceWatch {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceWatch.class);

    private enum Phase { DOWN, UP, GAVE_UP }

    private final String role;
    private final Device device;
    private final Supervisor.Timing timing;
    private final Clock clock;
    private final BiConsumer<String, DeviceStatus> publish;
    private final Semaphore wake = new Semaphore(0);
    private final Thread thread;
    private final CancelToken stopToken = new CancelToken();
    private volatile boolean stopping;
    private volatile Phase phase = Phase.DOWN;
    private volatile AutoCloseable statusSubscription;
    private volatile Health lastReported;
    private Duration backoff;
    private int failedOpens;

    DeviceWatch(String role, Device device, Supervisor.Timing timing, Clock clock,
                BiConsumer<String, DeviceStatus> publish) {
        this.role = role;
        this.device = device;
        this.timing = timing;
        this.clock = clock;
        this.publish = publish;
        this.backoff = timing.firstBackoff();
        this.thread = new Thread(this::loop, "supervisor-" + role);
        this.thread.setDaemon(true);
    }

    void start() {
        statusSubscription = device.onStatusChange(this::deviceReported);
        thread.start();
    }

    void requestStop() {
        stopping = true;
        stopToken.cancel();
        wake.release();
    }

    void awaitStop() {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
            if (thread.isAlive()) {
                LOG.warn("supervisor thread for {} did not end within 5 s; closing the device under it", role);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            unsubscribe();
        }
    }

    /** A stopped supervisor leaves no listener on the device (a new supervisor may watch it later). */
    private void unsubscribe() {
        AutoCloseable subscription = statusSubscription;
        statusSubscription = null;
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.warn("{}: removing the supervisor's status listener failed: {}", role, e.toString());
            }
        }
    }

    private void deviceReported(DeviceStatus status) {
        if (phase == Phase.UP && !stopping) {
            publish.accept(role, status);
            Health before = lastReported;
            lastReported = status.health();
            if (status.health() == Health.OFFLINE && before != Health.OFFLINE) {
                wake.release();
            }
        }
    }

    private void loop() {
        while (!stopping) {
            switch (phase) {
                case DOWN:
                    tryOpen();
                    break;
                case UP:
                    pause(timing.pollInterval());
                    if (!stopping) {
                        poll();
                    }
                    break;
                default:
                    pause(Duration.ofDays(1));
                    break;
            }
        }
    }

    private void tryOpen() {
        try {
            if (device.state() != LifecycleState.CLOSED) {
                device.close();
            }
            device.open();
            device.enable();
            phase = Phase.UP;
            if (failedOpens > 0) {
                LOG.info("{} ({}) is back after {} failed open(s)", role, device.driverName(), failedOpens);
            }
            failedOpens = 0;
            backoff = timing.firstBackoff();
            publish.accept(role, device.status());
        } catch (LinkLostException e) {
            down("open failed: " + e.getMessage(), e);
        } catch (DriverConfigurationException e) {
            device.close();
            phase = Phase.GAVE_UP;
            LOG.error("{} ({}) is misconfigured; not retrying until the configuration is fixed", role,
                    device.driverName(), e);
            publish.accept(role, new DeviceStatus(Health.HARDWARE_ERROR, Set.of(),
                    RecommendedAction.CONFIGURATION, clock.instant(), "[" + e.code() + "] " + e.getMessage()));
        } catch (RuntimeException e) {
            down("open failed: " + e, e);
        }
    }

    private void poll() {
        try {
            device.refreshStatus(Deadline.in(timing.pollTimeout()), stopToken);
            publish.accept(role, device.status());
        } catch (LinkLostException e) {
            down("link lost: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            down("health poll failed: " + e, e);
        }
    }

    private void down(String detail, Exception cause) {
        device.close();
        phase = Phase.DOWN;
        if (stopping) {
            return;
        }
        if (failedOpens == 0) {
            LOG.warn("{} ({}) is OFFLINE: {}; reopening with backoff from {} ms", role, device.driverName(), detail,
                    backoff.toMillis(), cause instanceof LinkLostException ? null : cause);
        } else {
            LOG.debug("{} ({}) still OFFLINE after {} attempt(s): {}", role, device.driverName(), failedOpens, detail);
        }
        failedOpens++;
        publish.accept(role, DeviceStatus.offline(clock.instant(), detail));
        pause(backoff);
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(timing.maxBackoff()) > 0 ? timing.maxBackoff() : doubled;
    }

    private void pause(Duration duration) {
        try {
            if (wake.tryAcquire(Math.max(1, duration.toMillis()), TimeUnit.MILLISECONDS)) {
                wake.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    @Override
    public String toString() {
        return "DeviceWatch[" + role + ", " + phase + "]";
    }
}
