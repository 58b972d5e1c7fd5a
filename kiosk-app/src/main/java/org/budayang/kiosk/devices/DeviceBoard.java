package org.budayang.kiosk.devices;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.DeviceStatus;
import org.budayang.kiosk.availability.DeviceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live health of every device role as the kiosk sees it: fed by the driver supervisor (on its
 * threads), read by availability (a role is present exactly while its health {@code canServe()}) and
 * shown by the technician panel. Listeners are told through the {@code ui} executor
 * ({@code Platform::runLater} in the kiosk, {@code Runnable::run} in tests). Thread-safe.
 */
public final class DeviceBoard {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceBoard.class);

    private final Executor ui;
    private final Map<DeviceRole, DeviceStatus> statuses = new EnumMap<>(DeviceRole.class);
    private final List<Consumer<Map<DeviceRole, DeviceStatus>>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Every role starts NOT_CONFIGURED until the supervisor reports it.
     *
     * @param clock for the initial statuses
     * @param ui    delivers changes to listeners
     */
    public DeviceBoard(Clock clock, Executor ui) {
        Objects.requireNonNull(clock, "clock");
        this.ui = Objects.requireNonNull(ui, "ui");
        for (DeviceRole role : DeviceRole.values()) {
            statuses.put(role, DeviceStatus.notConfigured(clock.instant(), "no driver configured for "
                    + role.configKey() + " (set device." + role.configKey() + ".driver)"));
        }
    }

    /** The role named in configuration ({@code idCardReader}), if the kiosk knows it. */
    public static Optional<DeviceRole> role(String configKey) {
        for (DeviceRole role : DeviceRole.values()) {
            if (role.configKey().equals(configKey)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Records a role's new status (a supervisor thread) and tells the listeners through the ui executor. */
    public void update(String configKey, DeviceStatus status) {
        Objects.requireNonNull(status, "status");
        Optional<DeviceRole> role = role(configKey);
        if (role.isEmpty()) {
            LOG.warn("Device status for unknown role '{}' ignored ({})", configKey, status.health());
            return;
        }
        update(role.get(), status);
    }

    public void update(DeviceRole role, DeviceStatus status) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Map<DeviceRole, DeviceStatus> snapshot;
        synchronized (statuses) {
            statuses.put(role, status);
            snapshot = Collections.unmodifiableMap(new EnumMap<>(statuses));
        }
        for (Consumer<Map<DeviceRole, DeviceStatus>> listener : listeners) {
            try {
                ui.execute(() -> listener.accept(snapshot));
            } catch (RejectedExecutionException | IllegalStateException stopping) {
                LOG.debug("Device status change of {} not delivered: the UI is shutting down", role);
            }
        }
    }

    /**
     * Whether a service that needs {@code role} can be offered now: the same rule as availability
     * ({@link DeviceProblem#of}), so a DEGRADED printer without paper does not serve.
     */
    public boolean canServe(DeviceRole role) {
        return DeviceProblem.of(status(role)).isEmpty();
    }

    public DeviceStatus status(DeviceRole role) {
        synchronized (statuses) {
            return statuses.get(Objects.requireNonNull(role, "role"));
        }
    }

    /** Every role's status now (unmodifiable, in role order). */
    public Map<DeviceRole, DeviceStatus> snapshot() {
        synchronized (statuses) {
            return Collections.unmodifiableMap(new EnumMap<>(statuses));
        }
    }

    /** Calls {@code listener} with the whole board after every change, through the ui executor. */
    public AutoCloseable onChange(Consumer<Map<DeviceRole, DeviceStatus>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }
}
