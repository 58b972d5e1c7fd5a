package org.budayang.kiosk.availability;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity.CertType;
import org.budayang.driver.DeviceStatus;
import org.budayang.kiosk.identity.AcceptedIdentification;
import org.budayang.kiosk.identity.IdentificationWay;

/**
 * Tells truthfully whether an item can be done here now (DOMAIN.md: "truthful availability per
 * service"): central reachable when the item needs it, every device it needs present, and the local
 * time within its service hours. Every reason is listed, not just the first.
 *
 * <p>The clock's zone is the site's zone: service hours are local times at the kiosk.
 */
public final class AvailabilityService {
    /** Devices that serve identification (readers, scanner, and the camera of 刷脸). */
    private static final Set<DeviceRole> IDENTIFICATION_DEVICES = EnumSet.of(DeviceRole.ID_CARD_READER,
            DeviceRole.SOCIAL_CARD_READER, DeviceRole.QR_SCANNER, DeviceRole.CAMERA);

    private final Clock clock;
    private final BooleanSupplier centralReachable;
    private final Function<DeviceRole, Optional<DeviceProblem>> deviceProblem;

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
        Objects.requireNonNull(devicePresent, "AvailabilityService.devicePresent is required");
        this.deviceProblem = role -> devicePresent.test(role) ? Optional.empty() : Optional.of(DeviceProblem.UNAVAILABLE);
    }

    private AvailabilityService(Clock clock, BooleanSupplier centralReachable,
            Function<DeviceRole, Optional<DeviceProblem>> deviceProblem) {
        this.clock = Objects.requireNonNull(clock, "AvailabilityService.clock is required");
        this.centralReachable = Objects.requireNonNull(centralReachable,
                "AvailabilityService.centralReachable is required");
        this.deviceProblem = deviceProblem;
    }

    /**
     * Availability that says why a device cannot serve (打印纸已用完, 未连接, 暂停服务…) from its live status.
     *
     * @param deviceStatus a role's status now, e.g. {@code deviceBoard::status}; a status with a blocking condition
     *                     (PAPER_OUT, COVER_OPEN…) cannot serve even when DEGRADED; PAPER_LOW alone can
     */
    public static AvailabilityService withDeviceStatuses(Clock clock, BooleanSupplier centralReachable,
            Function<DeviceRole, DeviceStatus> deviceStatus) {
        Objects.requireNonNull(deviceStatus, "AvailabilityService.deviceStatus is required");
        Function<DeviceRole, Optional<DeviceProblem>> lookup = role -> DeviceProblem.of(deviceStatus.apply(role));
        return new AvailabilityService(clock, centralReachable, lookup);
    }

    /** Why {@code role} cannot serve now, or empty when it can. */
    public Optional<DeviceProblem> deviceProblem(DeviceRole role) {
        return deviceProblem.apply(Objects.requireNonNull(role, "role"));
    }

    /** Checks one item against the current state; cheap enough to call for every item on a screen. */
    public ItemAvailability check(ServiceItem item) {
        Objects.requireNonNull(item, "item");
        List<Unavailability> reasons = new ArrayList<>();
        if (item.needsCentral() && !centralReachable.getAsBoolean()) {
            reasons.add(Unavailability.of(Reason.CENTRAL_UNREACHABLE));
        }
        Set<DeviceRole> mustServe = devicesThatMustServe(item);
        Map<DeviceRole, DeviceProblem> problems = new EnumMap<>(DeviceRole.class);
        for (DeviceRole device : mustServe) {
            deviceProblem.apply(device).ifPresent(problem -> problems.put(device, problem));
        }
        problems.forEach((device, problem) -> reasons.add(Unavailability.device(device, problem)));
        Set<DeviceRole> standingBy = EnumSet.noneOf(DeviceRole.class);
        for (DeviceRole device : item.devices()) {
            if (!mustServe.contains(device) && deviceProblem.apply(device).isPresent()) {
                standingBy.add(device);
            }
        }
        if (!item.serviceHours().isOpenAt(LocalTime.now(clock))) {
            reasons.add(Unavailability.of(Reason.OUTSIDE_SERVICE_HOURS));
        }
        return ItemAvailability.of(reasons, standingBy);
    }

    /**
     * The devices that must serve now for {@code item}. An item that starts with identification needs ONE way of
     * identifying that works, not every reader it lists (issue #6: 身份证 + 刷脸, 社保卡 + 刷脸, 医保电子凭证 — the kiosk
     * offers the ways that work): its identification devices count only when no accepted way has all its devices
     * serving, and then those of every accepted way are the reasons. Other devices (printers, cash) count always.
     */
    private Set<DeviceRole> devicesThatMustServe(ServiceItem item) {
        Set<DeviceRole> needed = EnumSet.noneOf(DeviceRole.class);
        needed.addAll(item.devices());
        if (!AcceptedIdentification.identifies(item)) {
            return needed;
        }
        boolean face = AcceptedIdentification.checksFace(item);
        Set<DeviceRole> identification = EnumSet.noneOf(DeviceRole.class);
        boolean oneWayWorks = false;
        for (CertType type : AcceptedIdentification.of(item)) {
            Set<DeviceRole> way = IdentificationWay.of(type).devices(face);
            identification.addAll(way);
            oneWayWorks |= way.stream().allMatch(device -> deviceProblem.apply(device).isEmpty());
        }
        needed.removeAll(IDENTIFICATION_DEVICES);
        if (!oneWayWorks) {
            needed.addAll(identification);
        }
        return needed;
    }
}
