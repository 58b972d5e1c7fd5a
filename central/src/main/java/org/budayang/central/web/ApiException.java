package org.budayang.central.web;

/**
 * Thrown by a handler to answer with an {@link ApiError}; the web layer turns it into the JSON
 * body and status, and does not log it (it is the client's mistake, not central's).
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final transient ApiError error;

    public ApiException(int status, String code, String message) {
        super(code + ": " + message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("ApiException.status: " + status + " is not an HTTP error status 400..599");
        }
        this.status = status;
        this.error = new ApiError(code, message);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public int status() {
        return status;
    }

    public ApiError error() {
        return error;
    }
}
