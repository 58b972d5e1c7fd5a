package org.budayang.kiosk.availability;

import java.util.Objects;
import org.budayang.api.catalog.DeviceRole;

/**
 * One reason an item is 暂不可办.
 *
 * @param reason  the reason
 * @param device  the device for {@link Reason#DEVICE_MISSING}, null for every other reason
 * @param problem what is wrong with that device for {@link Reason#DEVICE_MISSING}, null for every other reason
 */
public record Unavailability(Reason reason, DeviceRole device, DeviceProblem problem) {
    public Unavailability {
        Objects.requireNonNull(reason, "Unavailability.reason is required");
        if ((reason == Reason.DEVICE_MISSING) != (device != null)) {
            throw new IllegalArgumentException("Unavailability: device must be given exactly for DEVICE_MISSING, got "
                    + reason + " with device " + device);
        }
        if ((reason == Reason.DEVICE_MISSING) != (problem != null)) {
            throw new IllegalArgumentException("Unavailability: problem must be given exactly for DEVICE_MISSING, got "
                    + reason + " with problem " + problem);
        }
    }

    /** A device reason whose problem is not known ({@link DeviceProblem#UNAVAILABLE}), or a reason without device. */
    public Unavailability(Reason reason, DeviceRole device) {
        this(reason, device, device == null ? null : DeviceProblem.UNAVAILABLE);
    }

    /** A reason that concerns no device. */
    public static Unavailability of(Reason reason) {
        return new Unavailability(reason, null, null);
    }

    /** A device that cannot serve, reason unknown. */
    public static Unavailability deviceMissing(DeviceRole device) {
        return device(device, DeviceProblem.UNAVAILABLE);
    }

    /** A device that cannot serve, and why. */
    public static Unavailability device(DeviceRole device, DeviceProblem problem) {
        return new Unavailability(Reason.DEVICE_MISSING, Objects.requireNonNull(device, "device"),
                Objects.requireNonNull(problem, "problem"));
    }
}
