package org.budayang.central.idempotency;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.budayang.api.ApiHeaders;
import org.budayang.central.auth.Access;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Idempotency for the kiosk API: every POST, PUT, PATCH and DELETE under {@code /api/v1} carries an
 * {@code Idempotency-Key}. {@link #before(Context)} (a before-matched handler, after kiosk
 * authentication) claims the key for the kiosk with a hash of method, path, query and body, or
 * answers the stored first response with {@code Idempotent-Replayed: true} without running the
 * handler; {@link #after(Context)} stores the response (5xx responses are released instead, so that
 * the kiosk may retry). Routes registered with {@link Access#REPEATABLE} (heartbeats) are left out: their
 * handler recognises a repeat itself, so a record per request would only pile up.
 */
public final class Idempotency {
    private static final Logger LOG = LoggerFactory.getLogger(Idempotency.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Set<HandlerType> GUARDED = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);
    private static final String CLAIMED = "budayang.idempotency.claimed";

    private final IdempotencyStore store;

    public Idempotency(IdempotencyStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    public void before(Context ctx) {
        if (!GUARDED.contains(ctx.method()) || !ctx.path().startsWith("/api/")
                || ctx.routeRoles().contains(Access.PUBLIC) || ctx.routeRoles().contains(Access.REPEATABLE)) {
            return;
        }
        String key = ctx.header(ApiHeaders.IDEMPOTENCY_KEY);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ApiException(400, "IDEMPOTENCY_KEY_INVALID", "Header " + ApiHeaders.IDEMPOTENCY_KEY
                    + (key == null ? " is missing" : " is not 8..64 characters of A-Z a-z 0-9 _ -")
                    + "; every " + ctx.method() + " under /api/v1 carries a key unique to the operation (a UUID is "
                    + "fine) and repeats it on retries.");
        }
        String kiosk = KioskIdentity.of(ctx).kioskId();
        IdempotencyStore.Claim claim = store.claim(kiosk, key, requestHash(ctx));
        if (claim instanceof IdempotencyStore.Claimed claimed) {
            ctx.attribute(CLAIMED, claimed.token());
        } else if (claim instanceof IdempotencyStore.Replay replay) {
            ctx.header(ApiHeaders.IDEMPOTENT_REPLAY, "true");
            ctx.status(replay.status()).result(replay.body());
            if (replay.contentType() != null) {
                ctx.contentType(replay.contentType());
            }
            ctx.skipRemainingHandlers();
        } else if (claim instanceof IdempotencyStore.InFlight) {
            throw new ApiException(409, "IDEMPOTENCY_KEY_IN_FLIGHT", "A request with this Idempotency-Key is still "
                    + "being processed; wait for its answer, then repeat the request with the same key to read it.",
                    "该业务正在处理中，请稍候。");
        } else {
            throw new ApiException(422, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used by this "
                    + "kiosk for a different request (method, path or body differ); use a new key for a new "
                    + "operation.", null);
        }
    }

    public void after(Context ctx) {
        String token = ctx.attribute(CLAIMED);
        if (token == null) {
            return;
        }
        String key = ctx.header(ApiHeaders.IDEMPOTENCY_KEY);
        String kiosk = KioskIdentity.of(ctx).kioskId();
        try {
            int status = ctx.statusCode();
            boolean owned;
            if (status >= 500) {
                owned = store.release(kiosk, key, token);
            } else {
                owned = store.complete(kiosk, key, token, status, ctx.res().getContentType(), resultBytes(ctx));
            }
            if (!owned) {
                LOG.warn("{} {} for kiosk {} ran longer than its idempotency claim: a later request took the key over,"
                        + " so this answer ({}) is not stored", ctx.method(), ctx.endpointHandlerPath(), kiosk, status);
            }
        } catch (RuntimeException e) {
            // the response already happened; the claim stays IN_FLIGHT until it counts as abandoned
            LOG.error("Could not record the response of {} {} for kiosk {} under its idempotency key", ctx.method(),
                    ctx.endpointHandlerPath(), kiosk, e);
        }
    }

    private static byte[] resultBytes(Context ctx) {
        InputStream result = ctx.resultInputStream();
        if (result == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = result.readAllBytes();
            ctx.result(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the response body to store it", e);
        }
    }

    static String requestHash(Context ctx) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((ctx.method().name() + '\n' + ctx.path() + '\n'
                    + Objects.requireNonNullElse(ctx.queryString(), "") + '\n').getBytes(StandardCharsets.UTF_8));
            sha.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
