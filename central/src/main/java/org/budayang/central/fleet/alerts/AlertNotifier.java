package org.budayang.central.fleet.alerts;

/** Tells someone outside central about alert events; must not block the caller (queue and return). */
@FunctionalInterface
public interface AlertNotifier {
    /** No notifications (no {@code alerts.webhookUrl} configured). */
    AlertNotifier NONE = event -> { };

    void publish(AlertEvent event);
}
