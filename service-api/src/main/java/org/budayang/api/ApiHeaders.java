package org.budayang.api;

/**
 * HTTP headers of the kiosk ↔ central API (/api/v1). Every kiosk call names the kiosk and proves it
 * with its per-kiosk secret (until the fleet issue replaces the secret with a client certificate);
 * every POST carries an idempotency key, and a repeated key returns the first result.
 */
public final class ApiHeaders {
    /** The kiosk's id, e.g. {@code KSK-620102-0001}. */
    public static final String KIOSK_ID = "X-Budayang-Kiosk";
    /** {@code Authorization: Bearer <per-kiosk secret>}. */
    public static final String AUTHORIZATION = "Authorization";
    public static final String BEARER_PREFIX = "Bearer ";
    /** 8–64 characters of {@code [A-Za-z0-9_-]}, unique per operation (a UUID is fine). */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on a response that repeats the stored result of an earlier request with the same key. */
    public static final String IDEMPOTENT_REPLAY = "Idempotent-Replayed";

    private ApiHeaders() {
    }
}
