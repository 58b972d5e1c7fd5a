package org.budayang.central.fleet.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * One alert with who and when.
 *
 * @param id             central's id
 * @param kioskId        the kiosk concerned
 * @param rule           why it opened
 * @param subject        the role, item code or evaluation id; "" for the kiosk itself
 * @param state          where it is
 * @param detail         what was seen, for ops (no personal data)
 * @param openedAt       when it opened
 * @param acknowledgedAt when an ops user acknowledged it, else null
 * @param acknowledgedBy that user, else null
 * @param resolvedAt     when it was resolved, else null
 * @param resolvedBy     the ops user, or {@value #AUTO} when the condition cleared; else null
 * @param resolution     why it was resolved, else null
 */
public record Alert(long id, String kioskId, AlertRule rule, String subject, AlertState state, String detail,
                    Instant openedAt, Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt,
                    String resolvedBy, String resolution) {
    /** {@link #resolvedBy()} of an alert that resolved itself. */
    public static final String AUTO = "auto";

    public Alert {
        Objects.requireNonNull(kioskId, "Alert.kioskId");
        Objects.requireNonNull(rule, "Alert.rule");
        Objects.requireNonNull(subject, "Alert.subject");
        Objects.requireNonNull(state, "Alert.state");
        Objects.requireNonNull(detail, "Alert.detail");
        Objects.requireNonNull(openedAt, "Alert.openedAt");
    }

    /** What makes alerts duplicates: one unresolved alert per kiosk, rule and subject. */
    public record Key(String kioskId, AlertRule rule, String subject) {
        public Key {
            Objects.requireNonNull(kioskId, "Key.kioskId");
            Objects.requireNonNull(rule, "Key.rule");
            subject = subject == null ? "" : subject;
        }

        String openKey() {
            return kioskId + "|" + rule + "|" + subject;
        }
    }

    public Key key() {
        return new Key(kioskId, rule, subject);
    }
}
