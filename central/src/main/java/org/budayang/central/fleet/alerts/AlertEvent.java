package org.budayang.central.fleet.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * What the webhook receives: {@code {"eventId": "...", "type": "OPENED", "at": "...", "alert": {...}}}.
 *
 * @param eventId unique per alert and type ({@code alert-<id>-<type>}), for the receiver to drop repeats
 * @param type    OPENED, ACKNOWLEDGED or RESOLVED
 * @param at      when it happened
 * @param alert   the alert after the change
 */
public record AlertEvent(String eventId, Type type, Instant at, Alert alert) {
    public enum Type { OPENED, ACKNOWLEDGED, RESOLVED }

    public AlertEvent {
        Objects.requireNonNull(eventId, "AlertEvent.eventId");
        Objects.requireNonNull(type, "AlertEvent.type");
        Objects.requireNonNull(at, "AlertEvent.at");
        Objects.requireNonNull(alert, "AlertEvent.alert");
    }

    public static AlertEvent of(Type type, Alert alert, Instant at) {
        return new AlertEvent("alert-" + alert.id() + "-" + type.name().toLowerCase(java.util.Locale.ROOT), type, at,
                alert);
    }
}
