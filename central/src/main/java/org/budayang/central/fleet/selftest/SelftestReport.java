package org.budayang.central.fleet.selftest;

import java.time.Instant;
import java.util.List;
import org.budayang.api.fleet.SelftestCheck;

/**
 * A stored self-test report as ops read it ({@code GET /api/v1/ops/kiosks/{kioskId}/selftests}).
 *
 * @param id          central's id of the report
 * @param ranAt       when it ran on the kiosk (the kiosk's clock)
 * @param receivedAt  when central received it
 * @param appVersion  the provisioning tool's version
 * @param passed      every check passed (and there was at least one)
 * @param failures    how many checks failed
 * @param failedRoles {@code role:CODE} of every failed check
 * @param checks      every check as the kiosk reported it
 */
public record SelftestReport(long id, Instant ranAt, Instant receivedAt, String appVersion, boolean passed,
                             int failures, List<String> failedRoles, List<SelftestCheck> checks) {
    public SelftestReport {
        failedRoles = List.copyOf(failedRoles);
        checks = List.copyOf(checks);
    }

    static SelftestReport of(StoredSelftest stored) {
        return new SelftestReport(stored.id(), stored.report().ranAt(), stored.receivedAt(),
                stored.report().appVersion(), stored.report().passed(), stored.report().failures(),
                stored.failedRoles(), stored.report().checks());
    }
}
