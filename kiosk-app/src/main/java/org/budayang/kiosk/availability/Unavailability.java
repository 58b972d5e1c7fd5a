package org.budayang.kiosk.availability;

import java.util.Objects;
import org.budayang.api.catalog.DeviceRole;

/**
 * One reason an item is 暂不可办.
 *
 * @param reason the reason
 * @param device the missing device for {@link Reason#DEVICE_MISSING}, null for every other reason
 */
public record Unavailability(Reason reason, DeviceRole device) {
    public Unavailability {
        Objects.requireNonNull(reason, "Unavailability.reason is required");
        if ((reason == Reason.DEVICE_MISSING) != (device != null)) {
            throw new IllegalArgumentException("Unavailability: device must be given exactly for DEVICE_MISSING, got "
                    + reason + " with device " + device);
        }
    }

    /** A reason that concerns no device. */
    public static Unavailability of(Reason reason) {
        return new Unavailability(reason, null);
    }

    /** A missing device. */
    public static Unavailability deviceMissing(DeviceRole device) {
        return new Unavailability(Reason.DEVICE_MISSING, Objects.requireNonNull(device, "device"));
    }
}
