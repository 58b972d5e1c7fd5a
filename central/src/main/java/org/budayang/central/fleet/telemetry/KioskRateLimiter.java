package org.budayang.central.fleet.telemetry;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.budayang.central.auth.Access;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.web.ApiException;

/**
 * A token bucket per kiosk for the kiosk API's POST, PUT, PATCH and DELETE (heartbeats, outbox deliveries,
 * applications): {@code burst} requests at once, refilled at {@code perSecond}. A kiosk over its budget is answered
 * 429 {@code RATE_LIMITED} with {@code Retry-After}; other kiosks are not affected. Runs after kiosk
 * authentication (it counts proven kiosks only, so the map is bounded by the fleet) and before idempotency (a
 * refused request claims no key, so its retry with the same key runs normally). Per central node: a province with
 * several nodes behind a balancer gives each kiosk up to the budget on every node.
 */
public final class KioskRateLimiter implements Handler {
    static final String CODE = "RATE_LIMITED";
    private static final Set<HandlerType> LIMITED = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    private final RateLimitSettings settings;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public KioskRateLimiter(RateLimitSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void handle(Context ctx) {
        if (!LIMITED.contains(ctx.method()) || !ctx.path().startsWith("/api/")
                || ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        String kiosk = KioskIdentity.of(ctx).kioskId();
        long waitMillis = buckets.computeIfAbsent(kiosk, k -> new Bucket(settings.burst(), clock.millis()))
                .take(clock.millis(), settings.burst(), settings.perSecond());
        if (waitMillis > 0) {
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiException(429, CODE, "Kiosk " + kiosk + " sent more than " + settings.burst()
                    + " requests at once or more than " + settings.perSecond() + " per second on average (configuration "
                    + "ratelimit.kioskBurst / ratelimit.kioskPerSecond); repeat this request after " + seconds
                    + " s (Retry-After) with the same Idempotency-Key.", "系统繁忙，请稍后再试。");
        }
    }

    /** Tokens left for a kiosk, refilled lazily at each request. */
    private static final class Bucket {
        private double tokens;
        private long lastMillis;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastMillis = now;
        }

        /** Takes a token and returns 0, or returns the milliseconds until one is there. */
        synchronized long take(long now, int burst, double perSecond) {
            if (now > lastMillis) {
                tokens = Math.min(burst, tokens + (now - lastMillis) * perSecond / 1000.0);
                lastMillis = now;
            }
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 1000.0 / perSecond);
        }
    }
}
