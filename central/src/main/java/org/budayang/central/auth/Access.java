package org.budayang.central.auth;

import io.javalin.security.RouteRole;

/**
 * Route roles of central's routes. Every {@code /api/v1} route is for authenticated kiosks unless
 * it is registered with {@link #PUBLIC} (the catalogue and the OpenAPI document: 同源发布).
 */
public enum Access implements RouteRole {
    /** Anyone may call it; no kiosk credentials are asked for. */
    PUBLIC
}
