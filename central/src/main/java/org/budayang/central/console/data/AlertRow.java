package org.budayang.central.console.data;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One fleet alert (source: the fleet-ops alerts table).
 *
 * @param alertId        the alert's id
 * @param kioskId        the kiosk it is about
 * @param rule           the rule's code, e.g. PAPER_OUT, KIOSK_SILENT
 * @param subject        what within the kiosk (a device role, an item code), or "-"
 * @param state          OPEN, ACKNOWLEDGED or RESOLVED
 * @param openedAt       when it opened
 * @param acknowledgedBy the ops user (or "system") who acknowledged it, with when
 * @param acknowledgedAt when it was acknowledged
 * @param resolvedBy     who resolved it ("system" when the condition cleared)
 * @param resolvedAt     when it was resolved
 */
public record AlertRow(String alertId, String kioskId, String rule, String subject, String state, Instant openedAt,
                       Optional<String> acknowledgedBy, Optional<Instant> acknowledgedAt, Optional<String> resolvedBy,
                       Optional<Instant> resolvedAt) {
    public AlertRow {
        Objects.requireNonNull(alertId, "AlertRow.alertId");
        Objects.requireNonNull(kioskId, "AlertRow.kioskId");
        Objects.requireNonNull(rule, "AlertRow.rule");
        subject = subject == null ? "-" : subject;
        Objects.requireNonNull(state, "AlertRow.state");
        Objects.requireNonNull(openedAt, "AlertRow.openedAt");
        acknowledgedBy = acknowledgedBy == null ? Optional.empty() : acknowledgedBy;
        acknowledgedAt = acknowledgedAt == null ? Optional.empty() : acknowledgedAt;
        resolvedBy = resolvedBy == null ? Optional.empty() : resolvedBy;
        resolvedAt = resolvedAt == null ? Optional.empty() : resolvedAt;
    }
}
