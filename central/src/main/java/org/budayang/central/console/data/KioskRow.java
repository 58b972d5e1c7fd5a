package org.budayang.central.console.data;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One kiosk in the list.
 *
 * @param kioskId       e.g. KSK-620102000000-0001 (the 12-digit region code of its enrolment site)
 * @param regionCode    the region code in the id
 * @param status        what the console shows ({@link KioskStatus#UNKNOWN} without telemetry)
 * @param lastHeartbeat the last heartbeat central stored, if any
 * @param paper         paper state (OK, LOW, OUT) if reported
 * @param appVersion    the kiosk app version if reported
 */
public record KioskRow(String kioskId, String regionCode, KioskStatus status, Optional<Instant> lastHeartbeat,
                       Optional<String> paper, Optional<String> appVersion) {
    public KioskRow {
        Objects.requireNonNull(kioskId, "KioskRow.kioskId");
        Objects.requireNonNull(regionCode, "KioskRow.regionCode");
        Objects.requireNonNull(status, "KioskRow.status");
        lastHeartbeat = lastHeartbeat == null ? Optional.empty() : lastHeartbeat;
        paper = paper == null ? Optional.empty() : paper;
        appVersion = appVersion == null ? Optional.empty() : appVersion;
    }

    /** The region segment of a kiosk id ({@code KSK-620102000000-0001} → 620102000000), or "" when it has none. */
    public static String regionOf(String kioskId) {
        int first = kioskId.indexOf('-');
        int last = kioskId.lastIndexOf('-');
        return first >= 0 && last > first ? kioskId.substring(first + 1, last) : "";
    }
}
