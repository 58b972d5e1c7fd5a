package org.budayang.central.documents;

/** Central cannot sign or check signatures (keys missing or unreadable): an operator's problem, not the client's. */
public final class DocumentSigningException extends RuntimeException {
    private final String code;

    public DocumentSigningException(String code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = code;
    }

    /** Stable upper-case code, e.g. {@code SIGNING_KEYS_UNAVAILABLE}. */
    public String code() {
        return code;
    }
}
