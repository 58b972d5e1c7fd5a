package org.budayang.central.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.central.web.ApiException;

/**
 * Guards every route registered with {@link Access#OPS}, once, for every feature: {@code Authorization: Bearer
 * <ops token>}, the token from central's configuration ({@code ops.token}) or the file central writes on first
 * start, compared in constant time on SHA-256 digests; and the acting ops user in {@code X-Budayang-Ops-User}
 * ({@link FleetPaths#OPS_USER_HEADER}), which the handlers read with {@link #user(Context)} for their audit. It
 * stands in for the ops console's login (users, roles, audit) until that exists (decisions 0014, 0015).
 */
public final class OpsAuthenticator implements Handler {
    static final String CODE = "OPS_UNAUTHENTICATED";
    static final String USER_MISSING = "OPS_USER_MISSING";
    private static final String USER_ATTRIBUTE = OpsAuthenticator.class.getName() + ".user";
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    public static final int MIN_TOKEN_LENGTH = 32;
    private final byte[] tokenDigest;

    public OpsAuthenticator(String token) {
        if (token == null || token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("OpsAuthenticator.token must have at least " + MIN_TOKEN_LENGTH
                    + " characters, has " + (token == null ? "none" : token.strip().length()));
        }
        this.tokenDigest = digest(token.strip());
    }

    @Override
    public void handle(Context ctx) {
        if (!ctx.routeRoles().contains(Access.OPS)) {
            return;
        }
        String authorization = ctx.header(ApiHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.startsWith(ApiHeaders.BEARER_PREFIX)) {
            throw refused(ctx, "Header Authorization is missing or not 'Bearer <ops token>'; /api/v1/ops routes "
                    + "need central's ops token (ops.token in the configuration, or the ops-token file in the data dir).");
        }
        byte[] given = digest(authorization.substring(ApiHeaders.BEARER_PREFIX.length()).strip());
        if (!MessageDigest.isEqual(given, tokenDigest)) {
            throw refused(ctx, "The ops token was not accepted; send the token of ops.token in central's "
                    + "configuration (or of the ops-token file in its data dir).");
        }
        String user = ctx.header(FleetPaths.OPS_USER_HEADER);
        if (user == null || !USER.matcher(user.strip()).matches()) {
            throw new ApiException(400, USER_MISSING, "Header " + FleetPaths.OPS_USER_HEADER + " must name the ops "
                    + "user acting (1-64 of [A-Za-z0-9._@-], e.g. zhang.wei); every ops action is audited with it.",
                    null);
        }
        ctx.attribute(USER_ATTRIBUTE, user.strip());
    }

    /**
     * The ops user of a request this authenticator let through; for the handlers of {@link Access#OPS} routes.
     *
     * @throws IllegalStateException when the request's route is not an {@link Access#OPS} route (a wiring error)
     */
    public static String user(Context ctx) {
        String user = ctx.attribute(USER_ATTRIBUTE);
        if (user == null) {
            throw new IllegalStateException("No authenticated ops user for " + ctx.method() + " " + ctx.path()
                    + ": register the route with Access.OPS so that OpsAuthenticator checks it first");
        }
        return user;
    }

    private static ApiException refused(Context ctx, String detail) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"budayang-ops\"");
        return new ApiException(401, CODE, detail, null);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
