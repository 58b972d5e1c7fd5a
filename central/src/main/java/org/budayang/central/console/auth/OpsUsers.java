package org.budayang.central.console.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budayang.central.console.Role;
import org.budayang.central.db.Jdbc;

/** The {@code ops_user} table: ops users, their Argon2id hashes, failed-login counts and locks. */
public final class OpsUsers {
    private static final String COLUMNS = "username, display_name, role_name, enabled, failed_logins, locked_until";

    private final Jdbc sql;
    private final Clock clock;

    public OpsUsers(Jdbc sql, Clock clock) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds an enabled user; {@link OpsUserExistsException} when the name is taken. */
    public OpsUser create(String username, String displayName, Role role, String passwordHash) {
        OpsUser user = new OpsUser(username, displayName, role, true, 0, Optional.empty());
        if (find(username).isPresent()) {
            throw new OpsUserExistsException(username);
        }
        sql.update("INSERT INTO ops_user (username, display_name, role_name, password_hash, enabled, failed_logins, "
                + "created_at) VALUES (?, ?, ?, ?, TRUE, 0, ?)", username, displayName, role.name(), passwordHash,
                clock.instant());
        return user;
    }

    public Optional<OpsUser> find(String username) {
        return sql.one("SELECT " + COLUMNS + " FROM ops_user WHERE username = ?", OpsUsers::user, username);
    }

    public Optional<String> passwordHash(String username) {
        return sql.one("SELECT password_hash FROM ops_user WHERE username = ?", row -> row.getString(1), username);
    }

    public List<OpsUser> list() {
        return sql.list("SELECT " + COLUMNS + " FROM ops_user ORDER BY username", OpsUsers::user);
    }

    public boolean any() {
        return sql.count("SELECT COUNT(*) FROM ops_user") > 0;
    }

    /**
     * Counts a failed login; the {@code maxFailures}-th in a row locks the account for {@code lockFor} (and the
     * count starts again). Answers whether the account is now locked.
     */
    public boolean recordFailure(String username, int maxFailures, Duration lockFor) {
        sql.update("UPDATE ops_user SET failed_logins = failed_logins + 1 WHERE username = ?", username);
        int failures = sql.one("SELECT failed_logins FROM ops_user WHERE username = ?", row -> row.getInt(1), username)
                .orElse(0);
        if (failures >= maxFailures) {
            sql.update("UPDATE ops_user SET failed_logins = 0, locked_until = ? WHERE username = ?",
                    clock.instant().plus(lockFor), username);
            return true;
        }
        return false;
    }

    public void recordSuccess(String username) {
        sql.update("UPDATE ops_user SET failed_logins = 0, locked_until = NULL WHERE username = ?", username);
    }

    public boolean unlock(String username) {
        return sql.update("UPDATE ops_user SET failed_logins = 0, locked_until = NULL WHERE username = ?",
                username) == 1;
    }

    public boolean setRole(String username, Role role) {
        return sql.update("UPDATE ops_user SET role_name = ? WHERE username = ?", role.name(), username) == 1;
    }

    public boolean setEnabled(String username, boolean enabled) {
        return sql.update("UPDATE ops_user SET enabled = ? WHERE username = ?", enabled, username) == 1;
    }

    public boolean setPasswordHash(String username, String passwordHash) {
        return sql.update("UPDATE ops_user SET password_hash = ?, failed_logins = 0, locked_until = NULL "
                + "WHERE username = ?", passwordHash, username) == 1;
    }

    /** Admins that are enabled (the console refuses to demote or disable the last one). */
    public long enabledAdmins() {
        return sql.count("SELECT COUNT(*) FROM ops_user WHERE role_name = 'ADMIN' AND enabled = TRUE");
    }

    private static OpsUser user(ResultSet row) throws SQLException {
        Instant locked = Jdbc.instant(row, "locked_until");
        return new OpsUser(row.getString("username"), row.getString("display_name"),
                Role.valueOf(row.getString("role_name")), row.getBoolean("enabled"), row.getInt("failed_logins"),
                Optional.ofNullable(locked));
    }

    /** The username is already taken. */
    public static final class OpsUserExistsException extends RuntimeException {
        public OpsUserExistsException(String username) {
            super("Ops user '" + username + "' already exists; choose another name or change the existing user "
                    + "on the console's 用户管理 page");
        }
    }
}
