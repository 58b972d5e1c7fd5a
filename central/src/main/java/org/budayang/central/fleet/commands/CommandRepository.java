package org.budayang.central.fleet.commands;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.fleet.CommandRequest;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.CommandState;
import org.budayang.api.fleet.CommandStatus;
import org.budayang.api.fleet.CommandType;
import org.budayang.api.fleet.KioskCommand;
import org.budayang.central.db.DatabaseException;

/**
 * The tables {@code fleet_commands} and {@code fleet_command_audit}: each change of a command and its audit line
 * are written in one SQL transaction. State changes are conditional updates, so two nodes (or a replayed result)
 * cannot both move a command: the first result wins, the others are audited as RESULT_IGNORED.
 */
public final class CommandRepository {
    private static final String COLUMNS = "command_id, kiosk_id, command_type, message, config_key, config_value,"
            + " state, created_by, created_at, expires_at, deliveries, delivered_at, completed_at, result_code,"
            + " result_detail, attachment_type";

    private final DataSource dataSource;

    public CommandRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot " + what + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    public CommandStatus create(String commandId, String kioskId, CommandRequest request, String opsUser,
                                Instant now) {
        Instant expires = now.plusSeconds(request.ttlSeconds());
        inTransaction("create command " + commandId + " for kiosk " + kioskId, c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO fleet_commands (command_id, kiosk_id,"
                    + " command_type, message, config_key, config_value, state, created_by, created_at, expires_at,"
                    + " deliveries) VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, 0)")) {
                insert.setString(1, commandId);
                insert.setString(2, kioskId);
                insert.setString(3, request.type().name());
                insert.setString(4, request.message());
                insert.setString(5, request.configKey());
                insert.setString(6, request.configValue());
                insert.setString(7, opsUser);
                insert.setObject(8, utc(now));
                insert.setObject(9, utc(expires));
                insert.executeUpdate();
            }
            audit(c, commandId, kioskId, "CREATED", opsUser, now, request.type() + (request.configKey() == null ? ""
                    : " " + request.configKey()) + ", expires " + expires);
            return null;
        });
        return find(commandId).orElseThrow();
    }

    /**
     * The kiosk's commands to execute: QUEUED ones not expired and DELIVERED ones without a result (delivered
     * again: at least once), oldest first, at most {@code limit}; each is marked DELIVERED and audited.
     */
    public List<KioskCommand> deliver(String kioskId, Instant now, int limit) {
        return inTransaction("deliver the commands of kiosk " + kioskId, c -> {
            List<CommandStatus> pending = query(c, "SELECT " + COLUMNS + " FROM fleet_commands WHERE kiosk_id = ?"
                    + " AND (state = 'DELIVERED' OR (state = 'QUEUED' AND expires_at > ?)) ORDER BY created_at,"
                    + " command_id FETCH FIRST " + limit + " ROWS ONLY", kioskId, utc(now));
            List<KioskCommand> delivered = new ArrayList<>();
            try (PreparedStatement update = c.prepareStatement("UPDATE fleet_commands SET state = 'DELIVERED',"
                    + " deliveries = deliveries + 1, delivered_at = COALESCE(delivered_at, ?) WHERE command_id = ?"
                    + " AND state IN ('QUEUED', 'DELIVERED')")) {
                for (CommandStatus status : pending) {
                    update.setObject(1, utc(now));
                    update.setString(2, status.command().commandId());
                    if (update.executeUpdate() == 1) {
                        audit(c, status.command().commandId(), kioskId, "DELIVERED", kioskId, now, "delivery "
                                + (status.deliveries() + 1));
                        delivered.add(status.command());
                    }
                }
            }
            return delivered;
        });
    }

    /**
     * Records the kiosk's result unless the command already has one; returns whether this result counted.
     *
     * @throws CommandNotFoundException when the kiosk has no command with this id
     */
    public boolean complete(String kioskId, String commandId, CommandResult result, Instant now) {
        return inTransaction("record the result of command " + commandId, c -> {
            CommandState state = CommandState.of(result.outcome());
            try (PreparedStatement update = c.prepareStatement("UPDATE fleet_commands SET state = ?, completed_at = ?,"
                    + " result_code = ?, result_detail = ?, attachment_type = ?, attachment = ? WHERE command_id = ?"
                    + " AND kiosk_id = ? AND state IN ('QUEUED', 'DELIVERED')")) {
                update.setString(1, state.name());
                update.setObject(2, utc(result.completedAt()));
                update.setString(3, result.code());
                update.setString(4, result.detail());
                update.setString(5, result.attachmentType());
                update.setBytes(6, result.attachment() == null ? null : Base64.getDecoder().decode(result.attachment()));
                update.setString(7, commandId);
                update.setString(8, kioskId);
                if (update.executeUpdate() == 1) {
                    audit(c, commandId, kioskId, "RESULT", kioskId, now, state + (result.code() == null ? ""
                            : " " + result.code()) + (result.attachment() == null ? "" : " with " + result.attachmentType()));
                    return true;
                }
            }
            List<CommandStatus> existing = query(c, "SELECT " + COLUMNS + " FROM fleet_commands WHERE command_id = ?"
                    + " AND kiosk_id = ?", commandId, kioskId);
            if (existing.isEmpty()) {
                throw new CommandNotFoundException("Kiosk " + kioskId + " has no command " + commandId
                        + "; report results only for commands from GET /api/v1/commands");
            }
            audit(c, commandId, kioskId, "RESULT_IGNORED", kioskId, now, "the command is already "
                    + existing.get(0).state() + "; the result " + state + " was ignored");
            return false;
        });
    }

    /** QUEUED commands past their expiry become EXPIRED (audited); returns how many. */
    public int expire(Instant now) {
        return inTransaction("expire commands", c -> {
            List<CommandStatus> due = query(c, "SELECT " + COLUMNS + " FROM fleet_commands WHERE state = 'QUEUED'"
                    + " AND expires_at <= ?", utc(now));
            int expired = 0;
            try (PreparedStatement update = c.prepareStatement("UPDATE fleet_commands SET state = 'EXPIRED',"
                    + " completed_at = ? WHERE command_id = ? AND state = 'QUEUED'")) {
                for (CommandStatus status : due) {
                    update.setObject(1, utc(now));
                    update.setString(2, status.command().commandId());
                    if (update.executeUpdate() == 1) {
                        audit(c, status.command().commandId(), status.kioskId(), "EXPIRED", "central", now,
                                "never picked up before " + status.command().expiresAt());
                        expired++;
                    }
                }
            }
            return expired;
        });
    }

    public Optional<CommandStatus> find(String commandId) {
        return inTransaction("read command " + commandId, c -> query(c, "SELECT " + COLUMNS
                + " FROM fleet_commands WHERE command_id = ?", commandId).stream().findFirst());
    }

    /**
     * How many of the kiosk's commands wait for it: QUEUED ones not expired at {@code now} (the next poll fetches
     * them) and DELIVERED ones without a result yet, the commands {@link #deliver} would hand out.
     */
    public int pending(String kioskId, Instant now) {
        return inTransaction("count the pending commands of kiosk " + kioskId, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM fleet_commands WHERE kiosk_id = ?"
                    + " AND (state = 'DELIVERED' OR (state = 'QUEUED' AND expires_at > ?))")) {
                select.setString(1, kioskId);
                select.setObject(2, utc(now));
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /** The kiosk's commands, newest first. */
    public List<CommandStatus> list(String kioskId, int limit) {
        return inTransaction("list the commands of kiosk " + kioskId, c -> query(c, "SELECT " + COLUMNS
                + " FROM fleet_commands WHERE kiosk_id = ? ORDER BY created_at DESC, command_id FETCH FIRST "
                + limit + " ROWS ONLY", kioskId));
    }

    /** The attachment's type and bytes, audited as read by {@code opsUser}. */
    public Optional<Attachment> attachment(String commandId, String opsUser, Instant now) {
        return inTransaction("read the attachment of command " + commandId, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT kiosk_id, attachment_type, attachment"
                    + " FROM fleet_commands WHERE command_id = ? AND attachment IS NOT NULL")) {
                select.setString(1, commandId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    Attachment found = new Attachment(rows.getString(2), rows.getBytes(3));
                    audit(c, commandId, rows.getString(1), "ATTACHMENT_READ", opsUser, now, found.type() + ", "
                            + found.bytes().length + " bytes");
                    return Optional.of(found);
                }
            }
        });
    }

    /** A command result's attachment. */
    public record Attachment(String type, byte[] bytes) {
    }

    public List<CommandAudit> audit(String commandId) {
        return inTransaction("read the audit of command " + commandId, c -> {
            List<CommandAudit> lines = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT command_id, kiosk_id, action, actor, at, detail"
                    + " FROM fleet_command_audit WHERE command_id = ? ORDER BY id")) {
                select.setString(1, commandId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        lines.add(new CommandAudit(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant(),
                                rows.getString(6)));
                    }
                }
            }
            return lines;
        });
    }

    private static void audit(Connection c, String commandId, String kioskId, String action, String actor, Instant at,
                              String detail) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO fleet_command_audit (command_id, kiosk_id,"
                + " action, actor, at, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, commandId);
            insert.setString(2, kioskId);
            insert.setString(3, action);
            insert.setString(4, actor);
            insert.setObject(5, utc(at));
            insert.setString(6, detail.length() > 500 ? detail.substring(0, 500) : detail);
            insert.executeUpdate();
        }
    }

    private static List<CommandStatus> query(Connection c, String sql, Object... args) throws SQLException {
        List<CommandStatus> found = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    KioskCommand command = new KioskCommand(rows.getString(1), CommandType.valueOf(rows.getString(3)),
                            rows.getString(4), rows.getString(5), rows.getString(6), instant(rows, 9),
                            instant(rows, 10));
                    found.add(new CommandStatus(command, rows.getString(2), CommandState.valueOf(rows.getString(7)),
                            rows.getString(8), rows.getInt(11), instant(rows, 12), instant(rows, 13),
                            rows.getString(14), rows.getString(15), rows.getString(16) != null));
                }
            }
        }
        return found;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
