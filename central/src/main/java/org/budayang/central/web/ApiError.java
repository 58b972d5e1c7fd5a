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
}
