package org.budayang.central.console.auth;

import java.time.Instant;
import java.util.Objects;
import org.budayang.central.console.Role;

/**
 * A logged-in ops user's session as read for one request.
 *
 * @param username    who
 * @param displayName shown in the page header
 * @param role        the user's role now (a changed role takes effect on the next request)
 * @param csrfToken   the synchronizer token every form of this session carries
 * @param createdAt   login time (the absolute timeout counts from here)
 */
public record OpsSession(String username, String displayName, Role role, String csrfToken, Instant createdAt) {
    public OpsSession {
        OpsUser.requireUsername(username);
        Objects.requireNonNull(displayName, "OpsSession.displayName");
        Objects.requireNonNull(role, "OpsSession.role");
        if (csrfToken == null || csrfToken.length() < 32) {
            throw new IllegalArgumentException("OpsSession.csrfToken must have at least 32 characters");
        }
        Objects.requireNonNull(createdAt, "OpsSession.createdAt");
    }
}
