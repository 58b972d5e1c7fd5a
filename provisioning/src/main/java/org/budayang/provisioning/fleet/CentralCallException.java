package org.budayang.provisioning.fleet;

/**
 * A call to central over mutual TLS failed. {@link #code()} is stable: {@code CENTRAL_UNREACHABLE} (no connection:
 * the message names host, port and cause), {@code TLS_REFUSED} (the TLS handshake failed), {@code CLOCK_WRONG} (a
 * certificate not valid at the kiosk's time: its clock), {@code ANSWER_INVALID}
 * (central's answer cannot be read) or central's own problem code (e.g. {@code KIOSK_CERTIFICATE_REVOKED}).
 */
public final class CentralCallException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String detail;

    public CentralCallException(String code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = code;
        this.detail = message;
    }

    /** The message without the code in front. */
    public String detail() {
        return detail;
    }

    public String code() {
        return code;
    }

    /** Whether central was not reached at all (as opposed to a refusal it answered). */
    public boolean unreachable() {
        return code.equals("CENTRAL_UNREACHABLE") || code.equals("TLS_REFUSED") || code.equals("CLOCK_WRONG");
    }
}
