package org.budayang.kiosk.availability;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.budayang.api.catalog.DeviceRole;

/**
 * Whether an item can be done at this kiosk now, and if not, every reason why.
 *
 * @param available  true exactly when {@code reasons} is empty
 * @param reasons    all reasons, in the order central, devices, service hours
 * @param standingBy devices the item lists that cannot serve now but are not needed: identification readers of a
 *                   way the citizen cannot use now while another way works (never claimed to be ready)
 */
public record ItemAvailability(boolean available, List<Unavailability> reasons, Set<DeviceRole> standingBy) {
    /** An item with nothing in its way. */
    public static final ItemAvailability AVAILABLE = new ItemAvailability(true, List.of());

    public ItemAvailability(boolean available, List<Unavailability> reasons) {
        this(available, reasons, Set.of());
    }

    public ItemAvailability {
        reasons = List.copyOf(Objects.requireNonNull(reasons, "ItemAvailability.reasons is required"));
        Objects.requireNonNull(standingBy, "ItemAvailability.standingBy is required");
        standingBy = standingBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(standingBy));
        if (available != reasons.isEmpty()) {
            throw new IllegalArgumentException("ItemAvailability: available=" + available + " contradicts the reasons "
                    + reasons);
        }
    }

    /** Availability derived from the reasons alone. */
    public static ItemAvailability of(List<Unavailability> reasons) {
        return new ItemAvailability(reasons.isEmpty(), reasons);
    }

    /** Availability derived from the reasons, with the devices standing by (see {@link #standingBy()}). */
    public static ItemAvailability of(List<Unavailability> reasons, Set<DeviceRole> standingBy) {
        return new ItemAvailability(reasons.isEmpty(), reasons, standingBy);
    }

    /** Whether {@code reason} is among the reasons. */
    public boolean has(Reason reason) {
        return reasons.stream().anyMatch(u -> u.reason() == reason);
    }
}
