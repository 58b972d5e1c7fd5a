package org.budayang.central.console.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budayang.central.console.Role;

/**
 * An ops user as stored (without the password hash).
 *
 * @param username     login name, {@link #USERNAME}
 * @param displayName  name shown in the console, 1..64 characters
 * @param role         what the user may do
 * @param enabled      false once an admin disabled the account
 * @param failedLogins failed logins since the last success or lock
 * @param lockedUntil  when the lock after too many failures ends, if locked
 */
public record OpsUser(String username, String displayName, Role role, boolean enabled, int failedLogins,
                      Optional<Instant> lockedUntil) {
    /** Lower-case letters, digits, dot, dash and underscore, 3..32 characters, starting with a letter. */
    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

    public OpsUser {
        requireUsername(username);
        if (displayName == null || displayName.isBlank() || displayName.length() > 64) {
            throw new IllegalArgumentException("OpsUser.displayName: '" + displayName + "' must be 1..64 characters");
        }
        Objects.requireNonNull(role, "OpsUser.role");
        if (failedLogins < 0) {
            throw new IllegalArgumentException("OpsUser.failedLogins: " + failedLogins + " must not be negative");
        }
        lockedUntil = lockedUntil == null ? Optional.empty() : lockedUntil;
    }

    /** Whether the account is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    public static String requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("Ops username '" + shortened(username) + "' is not accepted; use 3..32 "
                    + "lower-case letters, digits, '.', '-' or '_', starting with a letter (e.g. zhang.wei)");
        }
        return username;
    }

    private static String shortened(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
