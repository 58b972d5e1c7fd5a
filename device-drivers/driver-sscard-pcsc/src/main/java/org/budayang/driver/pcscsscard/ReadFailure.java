package org.budayang.driver.pcscsscard;

import java.util.Objects;

/**
 * The card answered, but not with the basics: a stable code for the {@code DeviceError} outcome and a precise
 * detail for technicians (the step and the status word; never card data). {@link #retryable()} failures (a
 * corrupt answer) may pass on a second attempt; the others will not.
 */
final class ReadFailure extends Exception {
    static final String WRONG_CARD = "WRONG_CARD";
    static final String CARD_LOCKED = "CARD_LOCKED";
    static final String PSAM_REQUIRED = "PSAM_REQUIRED";
    static final String READ_ERROR = "READ_ERROR";
    static final String CORRUPT_RECORD = "CORRUPT_RECORD";

    private final String code;
    private final boolean retryable;

    ReadFailure(String code, String detail, boolean retryable) {
        super(detail, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.retryable = retryable;
    }

    String code() {
        return code;
    }

    String detail() {
        return getMessage();
    }

    boolean retryable() {
        return retryable;
    }
}
