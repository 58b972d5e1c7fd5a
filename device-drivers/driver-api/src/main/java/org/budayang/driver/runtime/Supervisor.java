package org.budayang.driver.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.driver.Device;
import org.budayang.driver.DeviceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a kiosk's devices running (DESIGN.md, Devices): opens and enables each configured device,
 * polls its health, and when its link is lost (or it cannot be opened) reports it OFFLINE, closes it
 * and opens it again with a doubling backoff (by default 200 ms up to 2 s, so a device that comes back
 * is ONLINE again within a few seconds). Publishes every role's status, with roles that have no
 * device as NOT_CONFIGURED, to {@link StatusListener}s. Each device gets its own named daemon thread;
 * {@link #stop()} ends them and closes every device.
 */
public final class Supervisor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Supervisor.class);

    /** Timings of the supervision loop. */
    record Timing(Duration pollInterval, Duration pollTimeout, Duration firstBackoff, Duration maxBackoff) {
    }

    private enum State { NEW, RUNNING, STOPPED }

    private final Map<String, Device> devices;
    private final List<String> roles;
    private final Timing timing;
    private final Clock clock;
    private final List<StatusListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, DeviceStatus> statuses = new LinkedHashMap<>();
    private final List<DeviceWatch> watches = new ArrayList<>();
    private State state = State.NEW;

    private Supervisor(Builder builder) {
        this.devices = Collections.unmodifiableMap(new LinkedHashMap<>(builder.devices));
        Set<String> allRoles = new LinkedHashSet<>(builder.roles);
        allRoles.addAll(devices.keySet());
        this.roles = List.copyOf(allRoles);
        this.timing = new Timing(builder.pollInterval, builder.pollTimeout, builder.firstBackoff, builder.maxBackoff);
        this.clock = builder.clock;
        for (String role : roles) {
            statuses.put(role, devices.containsKey(role)
                    ? DeviceStatus.offline(clock.instant(), "not opened yet")
                    : DeviceStatus.notConfigured(clock.instant(), "no driver configured for " + role
                    + " (set device." + role + ".driver)"));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts supervising: one thread per device. */
    public synchronized void start() {
        if (state != State.NEW) {
            throw new IllegalStateException("Supervisor: cannot start while " + state
                    + "; start is allowed only when NEW (build a new Supervisor to start again)");
        }
        state = State.RUNNING;
        devices.forEach((role, device) -> {
            DeviceWatch watch = new DeviceWatch(role, device, timing, clock, this::publish);
            watches.add(watch);
            watch.start();
        });
        LOG.info("supervising {} device(s): {}", devices.size(), devices.keySet());
    }

    /** Stops every device thread and closes every device. Idempotent. */
    public void stop() {
        List<DeviceWatch> toStop;
        synchronized (this) {
            if (state == State.STOPPED) {
                return;
            }
            state = State.STOPPED;
            toStop = List.copyOf(watches);
        }
        toStop.forEach(DeviceWatch::requestStop);
        toStop.forEach(DeviceWatch::awaitStop);
        devices.values().forEach(Device::close);
        LOG.info("supervisor stopped; {} device(s) closed", devices.size());
    }

    @Override
    public void close() {
        stop();
    }

    /** Every role's status now, in role order (unmodifiable). */
    public Map<String, DeviceStatus> snapshot() {
        synchronized (statuses) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        }
    }

    /** The status of one role. */
    public DeviceStatus status(String role) {
        synchronized (statuses) {
            DeviceStatus status = statuses.get(role);
            if (status == null) {
                throw new IllegalArgumentException("Supervisor: no role '" + role + "'; roles: " + roles);
            }
            return status;
        }
    }

    /** Registers a listener for every status change; returns a handle that unregisters it. */
    public AutoCloseable onChange(StatusListener listener) {
        Objects.requireNonNull(listener, "listener is required");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void publish(String role, DeviceStatus status) {
        synchronized (statuses) {
            DeviceStatus previous = statuses.get(role);
            if (status.sameAs(previous)) {
                return;
            }
            statuses.put(role, status);
            Map<String, DeviceStatus> snapshot = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
            LOG.info("{} is now {} {} {}", role, status.health(), status.conditions(), status.detail());
            for (StatusListener listener : listeners) {
                try {
                    listener.changed(role, status, snapshot);
                } catch (RuntimeException e) {
                    LOG.error("status listener {} failed on a change of {} to {}", listener, role, status.health(), e);
                }
            }
        }
    }

    /** Devices to supervise and timings; defaults: poll every 5 s with a 2 s deadline, backoff 200 ms to 2 s. */
    public static final class Builder {
        private final Map<String, Device> devices = new LinkedHashMap<>();
        private List<String> roles = DeviceConfiguration.ROLES;
        private Duration pollInterval = Duration.ofSeconds(5);
        private Duration pollTimeout = Duration.ofSeconds(2);
        private Duration firstBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(2);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** A device to supervise, under its {@link Device#role()}. */
        public Builder device(Device device) {
            Objects.requireNonNull(device, "device is required");
            if (devices.putIfAbsent(device.role(), device) != null) {
                throw new IllegalArgumentException("Supervisor: two devices for role '" + device.role() + "'");
            }
            return this;
        }

        public Builder devices(Iterable<? extends Device> all) {
            all.forEach(this::device);
            return this;
        }

        /** The roles reported (those without a device as NOT_CONFIGURED); default {@link DeviceConfiguration#ROLES}. */
        public Builder roles(List<String> roles) {
            this.roles = List.copyOf(roles);
            return this;
        }

        public Builder pollInterval(Duration interval) {
            this.pollInterval = positive("pollInterval", interval);
            return this;
        }

        /** The deadline of each health poll. */
        public Builder pollTimeout(Duration timeout) {
            this.pollTimeout = positive("pollTimeout", timeout);
            return this;
        }

        /** The first reopen delay and its cap; the delay doubles after each failed reopen. */
        public Builder backoff(Duration first, Duration max) {
            positive("backoff first", first);
            positive("backoff max", max);
            if (first.compareTo(max) > 0) {
                throw new IllegalArgumentException("Supervisor backoff: first " + first + " is longer than max " + max);
            }
            this.firstBackoff = first;
            this.maxBackoff = max;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock is required");
            return this;
        }

        public Supervisor build() {
            return new Supervisor(this);
        }

        private static Duration positive(String what, Duration value) {
            Objects.requireNonNull(value, what + " is required");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("Supervisor " + what + " must be positive, got " + value);
            }
            return value;
        }
    }
}
