package org.budayang.kiosk.service;

/**
 * A step of a citizen's flow could not be done. {@link #code()} is stable (e.g. {@code CENTRAL_UNREACHABLE},
 * {@code DEPARTMENT_UNAVAILABLE}, {@code FACE_MISMATCH}, {@code PRINTER_PAPER_OUT}, {@code MISSING_MATERIALS}),
 * {@link #getMessage()} is the technician's detail (no personal data), {@link #citizenMessage()} the Chinese
 * sentence shown, and {@link #retryable()} whether 重试 may help.
 */
public final class ServiceFailure extends Exception {
    private final String code;
    private final String citizenMessage;
    private final boolean retryable;

    public ServiceFailure(String code, String detail, String citizenMessage, boolean retryable, Throwable cause) {
        super(detail, cause);
        this.code = java.util.Objects.requireNonNull(code, "code");
        this.citizenMessage = java.util.Objects.requireNonNull(citizenMessage, "citizenMessage");
        this.retryable = retryable;
    }

    public ServiceFailure(String code, String detail, String citizenMessage, boolean retryable) {
        this(code, detail, citizenMessage, retryable, null);
    }

    public String code() {
        return code;
    }

    public String citizenMessage() {
        return citizenMessage;
    }

    public boolean retryable() {
        return retryable;
    }
}
