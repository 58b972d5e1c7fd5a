package org.budayang.central.payments.provider;

/** A provider call that failed (unreachable, timed out, refused) or a notification refused, with a stable code. */
public class ProviderException extends RuntimeException {
    private final String code;

    public ProviderException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
