package org.budayang.central.fleet.selftest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.fleet.DeviceHealth;
import org.budayang.api.fleet.KioskSelf;
import org.budayang.central.fleet.alerts.Alert;
import org.budayang.central.fleet.alerts.AlertRepository;
import org.budayang.central.fleet.alerts.AlertRule;
import org.budayang.central.fleet.commands.CommandRepository;
import org.budayang.central.fleet.enrol.EnrolledKiosk;
import org.budayang.central.fleet.enrol.EnrolmentStore;
import org.budayang.central.fleet.telemetry.HeartbeatRepository;
import org.budayang.central.fleet.telemetry.StoredHeartbeat;

/**
 * What central sees of one kiosk ({@link KioskSelf}), from central's own tables only, each part through the
 * repository of the feature that owns it: the enrolled row (fleet-trust), the newest heartbeat (telemetry), the
 * unresolved alerts (alerts), the pending commands (commands) and the newest self-test report. A 差评's alert is
 * shown without its detail (it names the 办件): the technician sees that one awaits ops' call-back, no more.
 */
public final class KioskSelfQuery {
    public static final String BAD_EVALUATION_MESSAGE = "A 差评 awaits central ops' call-back; its details are in the ops "
            + "console.";

    private final EnrolmentStore enrolled;
    private final HeartbeatRepository heartbeats;
    private final AlertRepository alerts;
    private final CommandRepository commands;
    private final SelftestRepository selftests;
    private final Clock clock;

    public KioskSelfQuery(EnrolmentStore enrolled, HeartbeatRepository heartbeats, AlertRepository alerts,
                          CommandRepository commands, SelftestRepository selftests, Clock clock) {
        this.enrolled = Objects.requireNonNull(enrolled, "enrolled");
        this.heartbeats = Objects.requireNonNull(heartbeats, "heartbeats");
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.selftests = Objects.requireNonNull(selftests, "selftests");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The kiosk as central sees it now; empty when central has no enrolled row for it.
     *
     * @param certificateNotAfter the end of the validity of the certificate the kiosk called with
     */
    public Optional<KioskSelf> find(String kioskId, Instant certificateNotAfter) {
        Optional<EnrolledKiosk> row = enrolled.kiosk(kioskId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        EnrolledKiosk kiosk = row.get();
        Optional<StoredHeartbeat> heartbeat = heartbeats.current(kioskId);
        Instant now = clock.instant();
        List<KioskSelf.OpenAlert> open = alerts.unresolved(kioskId, KioskSelf.MAX_ALERTS).stream()
                .map(KioskSelfQuery::openAlert).toList();
        return Optional.of(new KioskSelf(kiosk.kioskId(), kiosk.name(), kiosk.regionCode(), kiosk.siteType().label(),
                kiosk.address(), kiosk.status().name(), kiosk.enrolledAt(), certificateNotAfter,
                heartbeat.map(StoredHeartbeat::receivedAt).orElse(null),
                heartbeat.map(h -> h.heartbeat().devices()).orElse(List.<DeviceHealth>of()), open,
                commands.pending(kioskId, now), selftests.newest(kioskId).map(StoredSelftest::summary).orElse(null),
                now));
    }

    /** How {@code alert} is shown to its kiosk: rule, device role (when the subject is one), severity, state. */
    public static KioskSelf.OpenAlert openAlert(Alert alert) {
        AlertRule rule = alert.rule();
        String role = rule.subjectIsRole() && !alert.subject().isEmpty() ? alert.subject() : null;
        String message = rule == AlertRule.BAD_EVALUATION ? BAD_EVALUATION_MESSAGE : alert.detail();
        return new KioskSelf.OpenAlert(rule.name(), role, rule.severity().name(), alert.state().name(),
                alert.openedAt(), message);
    }
}
