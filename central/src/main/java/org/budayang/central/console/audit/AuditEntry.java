package org.budayang.central.console.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the ops audit log: who did what to which target, when, from where, and how it ended.
 *
 * @param at       when
 * @param username the ops user, or {@code -} before a login succeeded
 * @param action   stable upper-case code, e.g. {@code LOGIN}, {@code ALERT_ACKNOWLEDGE}
 * @param target   what was acted on (a kiosk id, alert id, username), {@code -} if nothing
 * @param outcome  how it ended
 * @param sourceIp the client's address as central saw it
 * @param detail   a short English note for auditors (never personal data of citizens)
 */
public record AuditEntry(Instant at, String username, String action, String target, Outcome outcome, String sourceIp,
                         String detail) {
    /** How an audited action ended. */
    public enum Outcome { OK, REFUSED, FAILED }

    public AuditEntry {
        Objects.requireNonNull(at, "AuditEntry.at");
        username = clip(username, 32, "username");
        if (action == null || !action.matches("[A-Z][A-Z_]{1,39}")) {
            throw new IllegalArgumentException("AuditEntry.action: '" + action + "' must be an upper-case code");
        }
        target = clip(target, 120, "target");
        Objects.requireNonNull(outcome, "AuditEntry.outcome");
        sourceIp = clip(sourceIp, 64, "sourceIp");
        detail = detail == null ? "" : detail.length() > 400 ? detail.substring(0, 399) + "…" : detail;
    }

    private static String clip(String value, int max, String name) {
        if (value == null || value.isBlank()) {
            return "-";
        }
        return value.length() > max ? value.substring(0, max - 1) + "…" : value;
    }
}
