package org.budayang.central.console.data;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.budayang.central.fleet.selftest.StoredSelftest;

/**
 * Everything the kiosk detail page shows, each part from the feature that owns it.
 *
 * @param kiosk       the row as in the list
 * @param enabled     whether central accepts the kiosk (an enrolled kiosk: ACTIVE, not REVOKED)
 * @param updatedAt   when central's row last changed (enrolled, or revoked)
 * @param site        where it stands, as enrolled (every kiosk is enrolled: decision 0014)
 * @param telemetry   the newest heartbeat (device health per role) and the bounded history; empty with the reason
 *                    when the kiosk never sent one
 * @param alerts      the kiosk's alerts, newest first
 * @param commands    remote commands sent to it, newest first, with their audit
 * @param activity    transactions of the last 7 days by outcome
 * @param evaluations evaluations of the last 30 days by score
 * @param selftest    the newest self-test report (issue #10); empty with the reason when there is none
 */
public record KioskDetail(KioskRow kiosk, boolean enabled, Instant updatedAt, KioskSite site,
                          Sourced<KioskTelemetry> telemetry, List<AlertRow> alerts, List<CommandRow> commands,
                          Map<String, Long> activity, Map<Integer, Long> evaluations,
                          Sourced<StoredSelftest> selftest) {
    public KioskDetail {
        Objects.requireNonNull(kiosk, "KioskDetail.kiosk");
        Objects.requireNonNull(updatedAt, "KioskDetail.updatedAt");
        Objects.requireNonNull(site, "KioskDetail.site");
        Objects.requireNonNull(telemetry, "KioskDetail.telemetry");
        Objects.requireNonNull(selftest, "KioskDetail.selftest");
        alerts = List.copyOf(alerts);
        commands = List.copyOf(commands);
        activity = Map.copyOf(activity);
        evaluations = Map.copyOf(evaluations);
    }
}
