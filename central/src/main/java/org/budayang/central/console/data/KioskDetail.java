package org.budayang.central.console.data;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the kiosk detail page shows; each part from its own source, missing parts explicit.
 *
 * @param kiosk        the row as in the list
 * @param enabled      whether central accepts the kiosk (an enrolled kiosk: ACTIVE, not REVOKED)
 * @param updatedAt    when central's row last changed (enrolled or revoked; the secret's row updated)
 * @param site         where it stands, for an enrolled kiosk; empty for a kiosk with only a configured secret
 * @param devices      device role to its reported health and conditions
 * @param alerts       the kiosk's alerts, newest first
 * @param commands     remote commands sent to it, newest first
 * @param activity     transactions of the last 7 days by outcome
 * @param evaluations  evaluations of the last 30 days by score
 */
public record KioskDetail(KioskRow kiosk, boolean enabled, Instant updatedAt, Optional<KioskSite> site,
                          Sourced<Map<String, String>> devices,
                          Sourced<List<AlertRow>> alerts, Sourced<List<CommandRow>> commands,
                          Sourced<Map<String, Long>> activity, Sourced<Map<Integer, Long>> evaluations) {
    public KioskDetail {
        Objects.requireNonNull(kiosk, "KioskDetail.kiosk");
        Objects.requireNonNull(updatedAt, "KioskDetail.updatedAt");
        site = site == null ? Optional.empty() : site;
        Objects.requireNonNull(devices, "KioskDetail.devices");
        Objects.requireNonNull(alerts, "KioskDetail.alerts");
        Objects.requireNonNull(commands, "KioskDetail.commands");
        Objects.requireNonNull(activity, "KioskDetail.activity");
        Objects.requireNonNull(evaluations, "KioskDetail.evaluations");
    }
}
