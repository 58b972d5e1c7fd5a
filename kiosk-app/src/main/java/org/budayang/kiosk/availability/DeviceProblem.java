package org.budayang.kiosk.availability;

import java.util.Objects;
import java.util.Optional;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;

/**
 * Why a device an item needs cannot serve now, in the terms a citizen understands (the text is in the
 * bundles, key {@link #bundleKey()}, argument the device's name). A status with a blocking condition
 * cannot serve even when its health says DEGRADED: a printer without paper prints nothing.
 */
public enum DeviceProblem {
    /** The reason is not known (availability was built from a yes/no predicate): 本机…暂不可用. */
    UNAVAILABLE("availability.reason.device_missing"),
    /** No driver is configured for the role: 本机…暂不可用. */
    NOT_CONFIGURED("availability.reason.device_missing"),
    /** Configured but not answering (unplugged, powered off, link lost): …未连接. */
    OFFLINE("availability.reason.device.offline"),
    /** Out of paper: …打印纸已用完. */
    PAPER_OUT("availability.reason.device.paper_out"),
    /** Out of toner or ink: …墨粉已用完. */
    TONER_OUT("availability.reason.device.toner_out"),
    /** Cover open, jam, mechanical fault or any other condition staff must clear: …暂停服务. */
    OUT_OF_SERVICE("availability.reason.device.out_of_service");

    private final String bundleKey;

    DeviceProblem(String bundleKey) {
        this.bundleKey = bundleKey;
    }

    /** The resource-bundle key of the citizen text; its argument {0} is the device's name. */
    public String bundleKey() {
        return bundleKey;
    }

    /**
     * What keeps a device with this status from serving, or empty when it can serve (ONLINE, BUSY, or
     * DEGRADED without a blocking condition, e.g. PAPER_LOW).
     */
    public static Optional<DeviceProblem> of(DeviceStatus status) {
        Objects.requireNonNull(status, "status");
        boolean blocked = status.conditions().stream().anyMatch(Condition::isBlocking);
        if (status.health().canServe() && !blocked) {
            return Optional.empty();
        }
        if (status.health() == Health.NOT_CONFIGURED) {
            return Optional.of(NOT_CONFIGURED);
        }
        if (status.health() == Health.OFFLINE) {
            return Optional.of(OFFLINE);
        }
        if (status.has(Condition.PAPER_OUT)) {
            return Optional.of(PAPER_OUT);
        }
        if (status.has(Condition.TONER_OUT)) {
            return Optional.of(TONER_OUT);
        }
        return Optional.of(OUT_OF_SERVICE);
    }
}
