package org.budayang.central.console.audit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.budayang.central.db.Jdbc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code ops_audit} table: every console action is appended; the audit page reads it newest first. */
public final class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final Jdbc sql;
    private final Clock clock;

    public AuditLog(Jdbc sql, Clock clock) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appends an entry stamped now. */
    public AuditEntry record(String username, String action, String target, AuditEntry.Outcome outcome,
                             String sourceIp, String detail) {
        AuditEntry entry = new AuditEntry(clock.instant(), username, action, target, outcome, sourceIp, detail);
        sql.update("INSERT INTO ops_audit (at, username, action_name, target, outcome, source_ip, detail) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", entry.at(), entry.username(), entry.action(), entry.target(),
                entry.outcome().name(), entry.sourceIp(), entry.detail());
        LOG.info("Ops audit: {} {} {} -> {}", entry.username(), entry.action(), entry.target(), entry.outcome());
        return entry;
    }

    /** The newest entries, at most {@code limit}, optionally only one user's ({@code username} null for all). */
    public List<AuditEntry> newest(int limit, String username) {
        String where = username == null ? "" : " WHERE username = ?";
        Object[] params = username == null ? new Object[] {limit} : new Object[] {username, limit};
        return sql.list("SELECT at, username, action_name, target, outcome, source_ip, detail FROM ops_audit" + where
                + " ORDER BY audit_id DESC LIMIT ?", row -> new AuditEntry(org.budayang.central.db.Jdbc.instant(
                row, "at"), row.getString("username"), row.getString("action_name"), row.getString("target"),
                AuditEntry.Outcome.valueOf(row.getString("outcome")), row.getString("source_ip"),
                row.getString("detail")), params);
    }
}
