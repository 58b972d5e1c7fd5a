package org.budayang.central.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.budayang.api.ApiHeaders;
import org.budayang.central.web.ApiException;

/**
 * Guards every route registered with {@link Access#OPS}: {@code Authorization: Bearer <ops token>}, the token
 * from central's configuration ({@code ops.token}) or the file central writes on first start. It stands in
 * for the ops console's login (users, roles, audit) until that exists (decision 0014). Compared in constant
 * time on SHA-256 digests.
 */
public final class OpsAuthenticator implements Handler {
    static final String CODE = "OPS_UNAUTHENTICATED";
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
