package org.budayang.central.console.data;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Kiosks of one region code (as written in their ids) by status.
 *
 * @param regionCode 6- or 12-digit region code
 * @param byStatus   kiosks per status; statuses without kiosks may be absent
 */
public record RegionCount(String regionCode, Map<KioskStatus, Long> byStatus) {
    public RegionCount {
        if (regionCode == null || !regionCode.matches("[0-9]{6}|[0-9]{12}")) {
            throw new IllegalArgumentException("RegionCount.regionCode: '" + regionCode
                    + "' is not a 6- or 12-digit region code");
        }
        EnumMap<KioskStatus, Long> copy = new EnumMap<>(KioskStatus.class);
        Objects.requireNonNull(byStatus, "RegionCount.byStatus").forEach((status, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("RegionCount.byStatus: " + status + " = " + count + " < 0");
            }
            copy.put(status, count);
        });
        byStatus = Collections.unmodifiableMap(copy);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(KioskStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
