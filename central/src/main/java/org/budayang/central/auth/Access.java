package org.budayang.central.auth;

import io.javalin.security.RouteRole;

/**
 * Route roles of central's routes. Every {@code /api/v1} route is for authenticated kiosks unless
 * it is registered with {@link #PUBLIC} (the catalogue, the OpenAPI document, health, enrolment).
 * Routes of ops ({@code /api/v1/ops/**}) are registered with both {@link #PUBLIC} (no kiosk
 * credentials, no idempotency key) and {@link #OPS} (the ops token, {@link OpsAuthenticator}).
 */
public enum Access implements RouteRole {
    /** No kiosk credentials are asked for. */
    PUBLIC,
    /** Central ops only: {@code Authorization: Bearer <ops token>} (until the ops console's login exists). */
    OPS,
    /**
     * A kiosk route whose effect is the same however often one request runs, recognised by its content
     * (heartbeats: newest {@code sentAt} wins, a repeat carries the same {@code sentAt}): kiosk authentication
     * as usual, but no {@code Idempotency-Key} is asked for and no idempotency record is written (decision 0015).
     */
    REPEATABLE
}
