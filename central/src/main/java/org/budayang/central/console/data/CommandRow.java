package org.budayang.central.console.data;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.fleet.CommandStatus;
import org.budayang.central.fleet.commands.CommandAudit;

/**
 * A remote command sent to a kiosk, as fleet-ops keeps it ({@code fleet_commands}), with its audit trail.
 *
 * @param status the command, its state, who created it, deliveries and result
 * @param audit  its audit lines (created by whom, delivered, result, expiry), oldest first
 */
public record CommandRow(CommandStatus status, List<CommandAudit> audit) {
    public CommandRow {
        Objects.requireNonNull(status, "CommandRow.status");
        audit = List.copyOf(audit);
    }

    /** When the command was created (its CREATED audit line). */
    public Optional<Instant> createdAt() {
        return audit.stream().filter(a -> a.action().equals("CREATED")).map(CommandAudit::at).findFirst();
    }
}
