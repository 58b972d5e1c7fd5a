package org.budayang.central.web;

import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A route role declaring the request bodies a route accepts instead of the platform's default
 * (JSON in UTF-8, at most {@code http.maxBodyBytes}); e.g. the public verify page takes a PDF as
 * {@code application/pdf} or {@code multipart/form-data}. The platform still answers 411 for a body
 * without a Content-Length, 413 above {@code maxBytes} and 415 for any other media type.
 *
 * @param mediaTypes lower-case media types without parameters, at least one
 * @param maxBytes   largest accepted body in bytes
 */
public record AcceptedBodies(Set<String> mediaTypes, long maxBytes) implements RouteRole {
    public AcceptedBodies {
        if (mediaTypes == null || mediaTypes.isEmpty()) {
            throw new IllegalArgumentException("AcceptedBodies.mediaTypes: " + mediaTypes
                    + " must name at least one media type, e.g. application/pdf");
        }
        for (String type : mediaTypes) {
            if (type == null || !type.matches("[a-z0-9.+-]+/[a-z0-9.+-]+")) {
                throw new IllegalArgumentException("AcceptedBodies.mediaTypes: '" + type
                        + "' is not a lower-case media type without parameters such as application/pdf");
            }
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("AcceptedBodies.maxBytes: " + maxBytes + " must be positive");
        }
        mediaTypes = Set.copyOf(mediaTypes);
    }

    public static AcceptedBodies of(long maxBytes, String... mediaTypes) {
        return new AcceptedBodies(Set.of(mediaTypes), maxBytes);
    }

    /** Whether a {@code Content-Type} header value names one of the accepted types (parameters ignored). */
    boolean accepts(String contentType) {
        if (contentType == null) {
            return false;
        }
        return mediaTypes.contains(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    /** The accepted types for a message, e.g. {@code application/pdf, multipart/form-data}. */
    String describe() {
        return mediaTypes.stream().sorted().collect(Collectors.joining(", "));
    }
}
