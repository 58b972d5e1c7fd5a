package org.budayang.kiosk.availability;

import java.util.List;
import java.util.Objects;

/**
 * Whether an item can be done at this kiosk now, and if not, every reason why.
 *
 * @param available true exactly when {@code reasons} is empty
 * @param reasons   all reasons, in the order central, devices, service hours
 */
public record ItemAvailability(boolean available, List<Unavailability> reasons) {
    /** An item with nothing in its way. */
    public static final ItemAvailability AVAILABLE = new ItemAvailability(true, List.of());

    public ItemAvailability {
        reasons = List.copyOf(Objects.requireNonNull(reasons, "ItemAvailability.reasons is required"));
        if (available != reasons.isEmpty()) {
            throw new IllegalArgumentException("ItemAvailability: available=" + available + " contradicts the reasons "
                    + reasons);
        }
    }

    /** Availability derived from the reasons alone. */
    public static ItemAvailability of(List<Unavailability> reasons) {
        return new ItemAvailability(reasons.isEmpty(), reasons);
    }

    /** Whether {@code reason} is among the reasons. */
    public boolean has(Reason reason) {
        return reasons.stream().anyMatch(u -> u.reason() == reason);
    }
}
