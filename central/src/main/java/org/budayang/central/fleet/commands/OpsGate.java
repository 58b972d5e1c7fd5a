package org.budayang.central.fleet.commands;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.central.config.ConfigException;
import org.budayang.central.web.ApiException;

/**
 * Guards {@code /api/v1/ops/**} until the ops console's login exists: {@code Authorization: Bearer <ops.token>}
 * (configuration key {@code ops.token}, at least 32 characters, compared in constant time) and the acting user in
 * {@code X-Budayang-Ops-User}, which the audit records. Without {@code ops.token} every ops route answers 403
 * {@code OPS_DISABLED}. Ops routes are registered with {@code Access.PUBLIC} (no kiosk credentials) and wrapped by
 * {@link #guard}, so no ops route can be served unguarded.
 */
public final class OpsGate {
    public static final String CHALLENGE = "Bearer realm=\"budayang-ops\"";
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final int MIN_TOKEN = 32;

    private final byte[] tokenDigest;

    private OpsGate(byte[] tokenDigest) {
        this.tokenDigest = tokenDigest;
    }

    /** A handler of an ops route, given the proven ops user. */
    @FunctionalInterface
    public interface OpsHandler {
        void handle(Context ctx, String opsUser) throws Exception;
    }

    /** From {@code CentralConfig.section("ops")}: reads {@code token}; other ops keys belong to other features. */
    public static OpsGate from(Map<String, String> opsSection) {
        String token = opsSection.get("token");
        if (token == null || token.isBlank()) {
            return new OpsGate(null);
        }
        if (token.strip().length() < MIN_TOKEN) {
            throw new ConfigException("Configuration key 'ops.token' has " + token.strip().length() + " characters; "
                    + "expected at least " + MIN_TOKEN + " random characters (e.g. openssl rand -base64 32)");
        }
        return new OpsGate(digest(token.strip()));
    }

    public static OpsGate withToken(String token) {
        return from(Map.of("token", token));
    }

    public boolean enabled() {
        return tokenDigest != null;
    }

    public Handler guard(OpsHandler handler) {
        return ctx -> handler.handle(ctx, user(ctx));
    }

    /** The ops user of this request, after checking the token. */
    public String user(Context ctx) {
        if (tokenDigest == null) {
            throw new ApiException(403, "OPS_DISABLED", "The ops API " + FleetPaths.OPS + " is disabled: "
                    + "configuration key ops.token is not set. Set it to at least " + MIN_TOKEN
                    + " random characters and restart central.");
        }
        String authorization = Optional.ofNullable(ctx.header(ApiHeaders.AUTHORIZATION)).orElse("");
        if (!authorization.startsWith(ApiHeaders.BEARER_PREFIX)
                || !MessageDigest.isEqual(tokenDigest,
                        digest(authorization.substring(ApiHeaders.BEARER_PREFIX.length()).strip()))) {
            ctx.header("WWW-Authenticate", CHALLENGE);
            throw new ApiException(401, "OPS_UNAUTHENTICATED", "The ops API needs 'Authorization: Bearer <ops.token>'"
                    + " with the token from central's configuration; the request had "
                    + (authorization.isEmpty() ? "none" : "another token") + ".");
        }
        String user = ctx.header(FleetPaths.OPS_USER_HEADER);
        if (user == null || !USER.matcher(user.strip()).matches()) {
            throw new ApiException(400, "OPS_USER_MISSING", "Header " + FleetPaths.OPS_USER_HEADER + " must name the "
                    + "ops user acting (1-64 of [A-Za-z0-9._@-], e.g. zhang.wei); every ops action is audited with it.");
        }
        return user.strip();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
