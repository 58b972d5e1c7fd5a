package org.budayang.driver;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a device reports at one instant: its health, its conditions, what staff should do, and a
 * detail for technicians (never shown to citizens, never personal data).
 *
 * <p>The constructor refuses combinations that contradict each other:
 * <ul>
 *   <li>an operational health ({@code ONLINE}, {@code BUSY}) with a blocking condition (e.g. {@code PAPER_OUT});</li>
 *   <li>{@code OFFLINE} or {@code NOT_CONFIGURED} with any condition (nothing answered, so nothing is known);</li>
 *   <li>a health that needs staff ({@code OFFLINE}, {@code NOT_CONFIGURED}, {@code HARDWARE_ERROR},
 *       {@code USER_ERROR}) with the action {@code NONE};</li>
 *   <li>{@code NOT_CONFIGURED} with any action but {@code CONFIGURATION}.</li>
 * </ul>
 *
 * @param health     the health; required
 * @param conditions the conditions (copied; iteration follows the enum order); required, may be empty
 * @param action     what staff should do; required
 * @param at         when the status was observed; required
 * @param detail     a precise technical detail for technicians (e.g. the raw status bytes); required, may be empty
 */
public record DeviceStatus(Health health, Set<Condition> conditions, RecommendedAction action, Instant at,
                           String detail) {

    public DeviceStatus {
        Objects.requireNonNull(health, "DeviceStatus.health is required");
        Objects.requireNonNull(conditions, "DeviceStatus.conditions is required (use an empty set)");
        Objects.requireNonNull(action, "DeviceStatus.action is required (use RecommendedAction.NONE)");
        Objects.requireNonNull(at, "DeviceStatus.at is required");
        Objects.requireNonNull(detail, "DeviceStatus.detail is required (may be empty)");
        conditions = copy(conditions);
        checkConsistent(health, conditions, action);
    }

    /** A working, idle device with nothing to report. */
    public static DeviceStatus online(Instant at) {
        return new DeviceStatus(Health.ONLINE, Set.of(), RecommendedAction.NONE, at, "");
    }

    /** A role with no configured driver; the action is {@link RecommendedAction#CONFIGURATION}. */
    public static DeviceStatus notConfigured(Instant at, String detail) {
        return new DeviceStatus(Health.NOT_CONFIGURED, Set.of(), RecommendedAction.CONFIGURATION, at, detail);
    }

    /** A configured device that does not answer; the action is {@link RecommendedAction#RESET}. */
    public static DeviceStatus offline(Instant at, String detail) {
        return new DeviceStatus(Health.OFFLINE, Set.of(), RecommendedAction.RESET, at, detail);
    }

    /**
     * Whether {@code other} says the same as this: health, conditions, action and detail (not when it was seen), so
     * a status is published only when one of those changed. False for null.
     */
    public boolean sameAs(DeviceStatus other) {
        return other != null && health == other.health && conditions.equals(other.conditions)
                && action == other.action && detail.equals(other.detail);
    }

    public boolean has(Condition condition) {
        return conditions.contains(condition);
    }

    private static Set<Condition> copy(Set<Condition> conditions) {
        EnumSet<Condition> copy = EnumSet.noneOf(Condition.class);
        for (Condition condition : conditions) {
            if (condition == null) {
                throw new IllegalArgumentException("DeviceStatus.conditions must not contain null, got " + conditions);
            }
            copy.add(condition);
        }
        return Collections.unmodifiableSet(copy);
    }

    private static void checkConsistent(Health health, Set<Condition> conditions, RecommendedAction action) {
        if (health.isOperational()) {
            Set<Condition> blocking = conditions.stream().filter(Condition::isBlocking)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Condition.class)));
            if (!blocking.isEmpty()) {
                throw new IllegalArgumentException("DeviceStatus: health " + health + " contradicts blocking condition(s) "
                        + blocking + ": a device that cannot work is not " + health
                        + "; report DEGRADED, USER_ERROR or HARDWARE_ERROR");
            }
        }
        if ((health == Health.OFFLINE || health == Health.NOT_CONFIGURED) && !conditions.isEmpty()) {
            throw new IllegalArgumentException("DeviceStatus: health " + health + " cannot carry conditions "
                    + conditions + ": no device answered, so no condition is known");
        }
        if (health.needsStaff() && action == RecommendedAction.NONE) {
            throw new IllegalArgumentException("DeviceStatus: health " + health
                    + " needs a recommended action for staff, got NONE");
        }
        if (health == Health.NOT_CONFIGURED && action != RecommendedAction.CONFIGURATION) {
            throw new IllegalArgumentException("DeviceStatus: health NOT_CONFIGURED needs action CONFIGURATION, got "
                    + action);
        }
    }
}
