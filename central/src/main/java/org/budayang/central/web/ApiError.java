package org.budayang.central.web;

/**
 * The JSON body of every error central answers: a stable code for machines (kiosks, fleet
 * reporting) and a message for the technician reading it. Never a stack trace.
 *
 * @param code    stable upper-case code, e.g. {@code NOT_FOUND}, {@code INVALID_PARAMETER}
 * @param message what went wrong and how to fix the request
 */
public record ApiError(String code, String message) {
    public ApiError {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("ApiError.code: '" + code + "' is not an upper-case code like NOT_FOUND");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("ApiError.message of " + code + " must not be blank");
        }
    }

    /** The generic error for an HTTP status that no handler explained further. */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 400 -> new ApiError("BAD_REQUEST", "The request is malformed and was not processed.");
            case 404 -> new ApiError("NOT_FOUND", "There is no such endpoint. Central serves GET "
                    + org.budayang.api.ApiPaths.CATALOG + " and GET " + org.budayang.api.ApiPaths.HEALTH + ".");
            case 405 -> new ApiError("METHOD_NOT_ALLOWED", "This endpoint does not accept that HTTP method.");
            case 408 -> new ApiError("REQUEST_TIMEOUT", "The request was not completed in time.");
            case 413 -> new ApiError("PAYLOAD_TOO_LARGE", "The request body is too large.");
            case 414 -> new ApiError("URI_TOO_LONG", "The request URI is too long.");
            case 415 -> new ApiError("UNSUPPORTED_MEDIA_TYPE", "The request's content type is not supported.");
            case 431 -> new ApiError("HEADERS_TOO_LARGE", "The request headers are too large.");
            case 505 -> new ApiError("HTTP_VERSION_NOT_SUPPORTED", "The request line is not HTTP/1.0 or HTTP/1.1.");
            case 503 -> new ApiError("UNAVAILABLE", "Central is not available right now; try again later.");
            default -> status >= 500
                    ? new ApiError("INTERNAL_ERROR", "Central could not process the request.")
                    : new ApiError("HTTP_" + status, "The request was refused with HTTP status " + status + ".");
        };
    }
}
