package org.budayang.kiosk.core.enrol;

/**
 * Enrolment or renewal failed; {@link #code()} is stable (central's problem code such as
 * {@code ENROLMENT_CODE_USED}, or the kiosk's own: {@code CENTRAL_UNREACHABLE}, {@code CA_FINGERPRINT_MISMATCH},
 * {@code ANSWER_INVALID}, {@code KEYSTORE_UNUSABLE}) and the message is for the technician.
 */
public final class EnrolmentException extends RuntimeException {
    private final String code;

    public EnrolmentException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public EnrolmentException(String code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
