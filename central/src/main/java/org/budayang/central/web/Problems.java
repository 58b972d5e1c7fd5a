package org.budayang.central.web;

import org.budayang.api.problem.Problem;

/** The generic problem of each HTTP status, for errors no handler explained further. */
public final class Problems {
    private Problems() {
    }

    /** The problem answered for {@code status} when nothing more precise is known. */
    public static Problem forStatus(int status, String instance) {
        ApiError error = switch (status) {
            case 400 -> new ApiError("BAD_REQUEST", "The request is malformed and was not processed.");
            case 404 -> new ApiError("NOT_FOUND", "No endpoint matches this path; GET /api/v1/openapi.json "
                    + "lists every route central serves.");
            case 405 -> new ApiError("METHOD_NOT_ALLOWED", "This endpoint does not accept that HTTP method; the "
                    + "Allow header lists the methods it accepts.");
            case 408 -> new ApiError("REQUEST_TIMEOUT", "The request was not completed in time.");
            case 411 -> new ApiError("LENGTH_REQUIRED", "The request body must be sent with a Content-Length.");
            case 413 -> new ApiError("PAYLOAD_TOO_LARGE", "The request body is larger than central accepts.");
            case 414 -> new ApiError("URI_TOO_LONG", "The request URI is too long.");
            case 415 -> new ApiError("UNSUPPORTED_MEDIA_TYPE", "The request's content type is not supported; send "
                    + "application/json.");
            case 431 -> new ApiError("HEADERS_TOO_LARGE", "The request headers are too large.");
            case 505 -> new ApiError("HTTP_VERSION_NOT_SUPPORTED", "The request line is not HTTP/1.0 or HTTP/1.1.");
            case 503 -> new ApiError("UNAVAILABLE", "Central is not available right now; try again later.");
            default -> status >= 500
                    ? new ApiError("INTERNAL_ERROR", "Central could not process the request.")
                    : new ApiError("HTTP_" + status, "The request was refused with HTTP status " + status + ".");
        };
        return Problem.of(status, error.code(), error.message(), null, instance);
    }

    /** The problem of an {@link ApiException} thrown by a handler. */
    public static Problem of(ApiException e, String instance) {
        return Problem.of(e.status(), e.error().code(), e.error().message(), e.citizenMessage().orElse(null),
                instance);
    }
}
