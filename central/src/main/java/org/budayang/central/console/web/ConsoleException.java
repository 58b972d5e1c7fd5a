package org.budayang.central.console.web;

/**
 * A console request refused: rendered as an HTML page with the HTTP status, the Chinese message for the ops
 * user and the stable code; never a stack trace.
 */
public final class ConsoleException extends RuntimeException {
    private final int status;
    private final String code;
    private final String userMessage;

    /**
     * @param status      HTTP status
     * @param code        stable upper-case code, e.g. CSRF_REFUSED
     * @param userMessage what the ops user reads (Chinese)
     * @param technical   what was tried and the value (English, logged at debug)
     */
    public ConsoleException(int status, String code, String userMessage, String technical) {
        super(code + ": " + technical);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("ConsoleException.status " + status + " is not an error status");
        }
        if (code == null || !code.matches("[A-Z][A-Z_]+")) {
            throw new IllegalArgumentException("ConsoleException.code '" + code + "' is not an upper-case code");
        }
        this.status = status;
        this.code = code;
        this.userMessage = userMessage;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String userMessage() {
        return userMessage;
    }
}
