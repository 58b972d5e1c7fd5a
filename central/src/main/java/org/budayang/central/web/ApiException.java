package org.budayang.central.web;

import java.util.Optional;

/**
 * Thrown by a handler to answer with an {@link ApiError}; the web layer turns it into the JSON
 * body and status, and does not log it (it is the client's mistake, not central's).
 *
 * <p>The message is precise, for the technician or developer reading it; the optional citizen
 * message is the Chinese sentence a kiosk may show to the citizen (e.g. "身份证号码有误，请核对后重试").
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final transient ApiError error;
    private final String citizenMessage;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    /**
     * @param status         HTTP error status 400..599
     * @param code           stable upper-case code, e.g. {@code INVALID_ID_NUMBER}
     * @param message        what went wrong and how to fix the request (for technicians)
     * @param citizenMessage what the kiosk shows the citizen, in Chinese; null when there is nothing to say
     */
    public ApiException(int status, String code, String message, String citizenMessage) {
        super(code + ": " + message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("ApiException.status: " + status + " is not an HTTP error status 400..599");
        }
        this.status = status;
        this.error = new ApiError(code, message);
        this.citizenMessage = citizenMessage == null || citizenMessage.isBlank() ? null : citizenMessage;
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

    /** The Chinese message for the citizen, when there is one. */
    public Optional<String> citizenMessage() {
        return Optional.ofNullable(citizenMessage);
    }
}
