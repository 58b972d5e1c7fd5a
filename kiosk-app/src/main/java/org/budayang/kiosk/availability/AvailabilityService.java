package org.budayang.kiosk.availability;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;

/**
 * Tells truthfully whether an item can be done here now (DOMAIN.md: "truthful availability per
 * service"): central reachable when the item needs it, every device it needs present, and the local
 * time within its service hours. Every reason is listed, not just the first.
 *
 * <p>The clock's zone is the site's zone: service hours are local times at the kiosk.
 */
public final class AvailabilityService {
    private final Clock clock;
    private final BooleanSupplier centralReachable;
    private final Predicate<DeviceRole> devicePresent;

    /**
     * @param clock            the clock, in the site's time zone
     * @param centralReachable whether central answered at the last contact, e.g.
     *                         {@code catalogService::centralReachable}
     * @param devicePresent    whether a device role can serve now, e.g. {@code deviceBoard::canServe} (the
     *                         supervisor's live health: a configured but unplugged device counts as missing)
     */
    public AvailabilityService(Clock clock, BooleanSupplier centralReachable, Predicate<DeviceRole> devicePresent) {
        this.clock = Objects.requireNonNull(clock, "AvailabilityService.clock is required");
        this.centralReachable = Objects.requireNonNull(centralReachable,
                "AvailabilityService.centralReachable is required");
        this.devicePresent = Objects.requireNonNull(devicePresent, "AvailabilityService.devicePresent is required");
    }

    /** Checks one item against the current state; cheap enough to call for every item on a screen. */
    public ItemAvailability check(ServiceItem item) {
        Objects.requireNonNull(item, "item");
        List<Unavailability> reasons = new ArrayList<>();
        if (item.needsCentral() && !centralReachable.getAsBoolean()) {
            reasons.add(Unavailability.of(Reason.CENTRAL_UNREACHABLE));
        }
        item.devices().stream()
                .sorted(Comparator.naturalOrder())
                .filter(device -> !devicePresent.test(device))
                .forEach(device -> reasons.add(Unavailability.deviceMissing(device)));
        if (!item.serviceHours().isOpenAt(LocalTime.now(clock))) {
            reasons.add(Unavailability.of(Reason.OUTSIDE_SERVICE_HOURS));
        }
        return ItemAvailability.of(reasons);
    }
}
