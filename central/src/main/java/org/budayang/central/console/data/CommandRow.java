package org.budayang.central.console.data;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A remote command sent to a kiosk (source: the fleet-ops commands table).
 *
 * @param commandId  id
 * @param kind       e.g. OUT_OF_SERVICE, RELOAD_CATALOG
 * @param state      QUEUED, DELIVERED, SUCCEEDED, FAILED, EXPIRED…
 * @param createdBy  the ops user
 * @param createdAt  when
 * @param finishedAt when the kiosk's result arrived
 */
public record CommandRow(String commandId, String kind, String state, String createdBy, Instant createdAt,
                         Optional<Instant> finishedAt) {
    public CommandRow {
        Objects.requireNonNull(commandId, "CommandRow.commandId");
        Objects.requireNonNull(kind, "CommandRow.kind");
        Objects.requireNonNull(state, "CommandRow.state");
        Objects.requireNonNull(createdAt, "CommandRow.createdAt");
        finishedAt = finishedAt == null ? Optional.empty() : finishedAt;
    }
}
