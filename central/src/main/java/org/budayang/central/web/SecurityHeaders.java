package org.budayang.central.web;

import java.util.Map;

/**
 * Headers every central response carries, errors included: central serves JSON only, so
 * browsers may neither sniff it into something else, frame it, nor leak referrers.
 */
public final class SecurityHeaders {
    /** Header name to value. */
    public static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Resource-Policy", "same-origin");

    /** Responses are not cached unless a handler says otherwise (the catalogue does, with an ETag). */
    public static final String DEFAULT_CACHE_CONTROL = "no-store";

    private SecurityHeaders() {
    }
}
