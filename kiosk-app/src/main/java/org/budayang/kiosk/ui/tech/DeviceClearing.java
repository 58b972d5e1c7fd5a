package org.budayang.kiosk.ui.tech;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Device;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.devices.DeviceCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The technician panel's "已处理（如纸已补充）": calls {@link Device#conditionCleared} on a role's device on the
 * {@code background} executor (never the FX thread) and hands the outcome to the {@code fx} executor. The new
 * health reaches the device board and the availability by the supervisor's status listener, as any change does;
 * this only reports how the call went. A lost link or a device that is being reopened is an outcome too
 * ({@code LINK_LOST}, {@code DEVICE_NOT_READY}, {@code DRIVER_FAILED}: see {@link DeviceCall}), never an exception on the FX thread.
 */
public final class DeviceClearing {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceClearing.class);
    /** Long enough for a CUPS round trip or a serial status query with retries. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(10);

    private final Function<DeviceRole, Optional<? extends Device>> devices;
    private final Executor background;
    private final Executor fx;
    private final Duration budget;

    /**
     * @param devices    the device serving a role, if one is configured (e.g. {@code KioskDevices::device})
     * @param background runs the call (a device thread in the kiosk; {@code Runnable::run} in tests)
     * @param fx         delivers the outcome ({@code Platform::runLater} in the kiosk)
     * @param budget     the deadline of each call
     */
    public DeviceClearing(Function<DeviceRole, Optional<? extends Device>> devices, Executor background, Executor fx,
            Duration budget) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.budget = Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("DeviceClearing.budget must be positive, got " + budget);
        }
    }

    /** No devices: the panel shows no clearing button (a kiosk without drivers, most UI tests). */
    public static DeviceClearing none() {
        return new DeviceClearing(role -> Optional.empty(), Runnable::run, Runnable::run, DEFAULT_BUDGET);
    }

    /** Whether a device serves {@code role}, so that staff can tell it its condition is cleared. */
    public boolean has(DeviceRole role) {
        return devices.apply(role).isPresent();
    }

    /** Calls conditionCleared on {@code role}'s device off the FX thread; {@code done} gets the outcome on fx. */
    public void clear(DeviceRole role, Consumer<Outcome<DeviceStatus>> done) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(done, "done");
        Optional<? extends Device> device = devices.apply(role);
        if (device.isEmpty()) {
            done.accept(Outcome.deviceError("NO_DEVICE", "no device is configured for " + role.configKey()));
            return;
        }
        new DeviceCall(role.configKey(), background, fx).run("conditionCleared", () -> call(role, device.get()),
                done);
    }

    private Outcome<DeviceStatus> call(DeviceRole role, Device device) throws LinkLostException {
        LOG.info("Technician: {} ({}) cleared on site; asking the device to check again", role.configKey(),
                device.driverName());
        Outcome<DeviceStatus> outcome = device.conditionCleared(Deadline.in(budget), new CancelToken());
        if (outcome instanceof Outcome.Success<DeviceStatus> success) {
            LOG.info("{} after clearing: {} {} (action {})", role.configKey(), success.value().health(),
                    success.value().conditions(), success.value().action());
        } else {
            LOG.warn("{}: clearing did not succeed: {}", role.configKey(), outcome);
        }
        return outcome;
    }
}
