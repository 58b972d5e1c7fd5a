package org.budayang.central.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a request's body before any handler reads it: a body must come with a
 * {@code Content-Length} (411 otherwise: a chunked body could not be limited before it is read;
 * checked on every path by {@link #lengthRequired()}), and, once the route is matched
 * ({@link #bodyRules()}), be at most {@code maxBodyBytes} long (413) and be JSON (415) — unless the
 * route declares other bodies with an {@link AcceptedBodies} role.
 */
final class RequestLimits {
    static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    private static final Set<String> JSON_TYPES = Set.of("application/json");

    private final long maxBodyBytes;

    RequestLimits(long maxBodyBytes) {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes " + maxBodyBytes + " must be positive");
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    /** A before handler (every path): refuses Transfer-Encoding bodies with 411. */
    Handler lengthRequired() {
        return ctx -> {
            if (ctx.header(Header.TRANSFER_ENCODING) != null) {
                throw new ApiException(411, "LENGTH_REQUIRED", "Request bodies must be sent with a Content-Length "
                        + "header, not with Transfer-Encoding; central accepts bodies up to " + maxBodyBytes
                        + " bytes.");
            }
        };
    }

    /** A before-matched handler: the size and media type the matched route accepts. */
    Handler bodyRules() {
        return this::checkBody;
    }

    private void checkBody(Context ctx) {
        AcceptedBodies declared = ctx.routeRoles().stream().filter(AcceptedBodies.class::isInstance)
                .map(AcceptedBodies.class::cast).findFirst().orElse(null);
        long limit = declared == null ? maxBodyBytes : declared.maxBytes();
        long length = ctx.req().getContentLengthLong();
        if (length > limit) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", "The request body has " + length + " bytes; central "
                    + "accepts at most " + limit + " bytes" + (declared == null
                    ? " (configuration key http.maxBodyBytes)." : " on this route."));
        }
        if (length <= 0) {
            return;
        }
        String type = ctx.header(Header.CONTENT_TYPE);
        if (declared == null && !isJson(type)) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "The request body's content type is '"
                    + printable(type) + "'; central accepts application/json (UTF-8) only.");
        }
        if (declared != null && !declared.accepts(type)) {
            throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "The request body's content type is '"
                    + printable(type) + "'; this route accepts " + declared.describe() + ".");
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!JSON_TYPES.contains(type)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String text) {
        if (text == null) {
            return "(none)";
        }
        String kept = text.codePoints().filter(c -> c >= 0x20 && c < 0x7f).limit(60)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() > 60 ? kept + "…" : kept;
    }
}
