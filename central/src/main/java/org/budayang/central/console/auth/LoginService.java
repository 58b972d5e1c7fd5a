package org.budayang.central.console.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.budayang.central.console.ConsoleSettings;
import org.budayang.central.db.Jdbc;

/**
 * Checks a login: per-address slowdown first (before any hashing), then the account (an unknown or disabled
 * name costs the same Argon2id work as a known one), then the lock after {@link ConsoleSettings#maxFailures()}
 * failures in a row. A success opens a session.
 */
public final class LoginService {
    /** How a login attempt ended. */
    public enum Status { OK, BAD_CREDENTIALS, LOCKED, ADDRESS_SLOWED }

    /**
     * @param status     how it ended
     * @param session    the new session when {@link Status#OK}
     * @param retryAfter when {@link Status#ADDRESS_SLOWED} or {@link Status#LOCKED}: how long to wait
     */
    public record Outcome(Status status, Optional<Sessions.Created> session, Duration retryAfter) {
    }

    private final OpsUsers users;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final Jdbc sql;
    private final Clock clock;
    private final ConsoleSettings settings;
    private volatile String decoy;

    public LoginService(OpsUsers users, Sessions sessions, PasswordHasher hasher, Jdbc sql, Clock clock,
                        ConsoleSettings settings) {
        this.users = Objects.requireNonNull(users, "users");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.sql = Objects.requireNonNull(sql, "sql");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Outcome login(String username, String password, String sourceIp) {
        Instant now = clock.instant();
        Duration wait = addressWait(sourceIp, now);
        if (!wait.isZero()) {
            return new Outcome(Status.ADDRESS_SLOWED, Optional.empty(), wait);
        }
        boolean wellFormed = username != null && OpsUser.USERNAME.matcher(username).matches();
        Optional<OpsUser> user = wellFormed ? users.find(username) : Optional.empty();
        if (user.isPresent() && user.get().lockedAt(now)) {
            return new Outcome(Status.LOCKED, Optional.empty(),
                    Duration.between(now, user.get().lockedUntil().orElseThrow()));
        }
        boolean usable = user.isPresent() && user.get().enabled();
        String stored = usable ? users.passwordHash(username).orElseThrow() : decoyHash();
        boolean matches = hasher.verify(password == null ? "" : password, stored) && usable;
        if (matches) {
            users.recordSuccess(username);
            return new Outcome(Status.OK, Optional.of(sessions.create(username, sourceIp)), Duration.ZERO);
        }
        addressFailure(sourceIp, now);
        if (usable && users.recordFailure(username, settings.maxFailures(), settings.lockDuration())) {
            return new Outcome(Status.LOCKED, Optional.empty(), settings.lockDuration());
        }
        return new Outcome(Status.BAD_CREDENTIALS, Optional.empty(), Duration.ZERO);
    }

    /**
     * Zero while the address has failed fewer than {@link ConsoleSettings#addressFreeFailures()} times (in the
     * last lock duration); after that each attempt must wait 2^(failures - free) seconds after the last
     * failure, at most {@link ConsoleSettings#addressMaxDelay()}.
     */
    Duration addressWait(String sourceIp, Instant now) {
        Optional<Failures> row = sql.one("SELECT failures, last_failure_at FROM ops_login_address WHERE source_ip = ?",
                r -> new Failures(r.getInt(1), Jdbc.instant(r, "last_failure_at")), key(sourceIp));
        if (row.isEmpty() || !now.isBefore(row.get().last().plus(settings.lockDuration()))
                || row.get().count() < settings.addressFreeFailures()) {
            return Duration.ZERO;
        }
        int failures = row.get().count();
        Optional<Instant> last = Optional.of(row.get().last());
        int exponent = Math.min(failures - settings.addressFreeFailures(), 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        if (delay.compareTo(settings.addressMaxDelay()) > 0) {
            delay = settings.addressMaxDelay();
        }
        Duration left = Duration.between(now, last.get().plus(delay));
        return left.isNegative() || left.isZero() ? Duration.ZERO : left;
    }

    private record Failures(int count, Instant last) {
    }

    private void addressFailure(String sourceIp, Instant now) {
        String key = key(sourceIp);
        sql.update("DELETE FROM ops_login_address WHERE last_failure_at <= ? AND source_ip <> ?",
                now.minus(settings.lockDuration()), key);
        Optional<Instant> last = sql.one("SELECT last_failure_at FROM ops_login_address WHERE source_ip = ?",
                r -> Jdbc.instant(r, "last_failure_at"), key);
        if (last.isEmpty()) {
            try {
                sql.update("INSERT INTO ops_login_address (source_ip, failures, last_failure_at) VALUES (?, 1, ?)",
                        key, now);
                return;
            } catch (IllegalStateException raced) {
                // another node inserted the row first: count on it below
            }
        }
        boolean stale = last.isPresent() && !now.isBefore(last.get().plus(settings.lockDuration()));
        sql.update(stale ? "UPDATE ops_login_address SET failures = 1, last_failure_at = ? WHERE source_ip = ?"
                : "UPDATE ops_login_address SET failures = failures + 1, last_failure_at = ? WHERE source_ip = ?",
                now, key);
    }

    private String decoyHash() {
        String current = decoy;
        if (current == null) {
            current = hasher.hash("decoy-password-" + System.nanoTime());
            decoy = current;
        }
        return current;
    }

    private static String key(String sourceIp) {
        return sourceIp == null ? "-" : sourceIp.length() > 64 ? sourceIp.substring(0, 64) : sourceIp;
    }
}
