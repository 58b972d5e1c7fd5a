package org.budayang.driver.idcardsam;

import java.util.Optional;

/**
 * The reader's status byte SW3 (protocols/idcard-sam.md), each with a stable code for
 * {@link org.budayang.driver.op.Outcome.DeviceError}, its meaning, and whether sending the command
 * again can help (a transmission or contact problem) or not (a SAM, card-type or command problem).
 */
public enum Sw3 {
    SUCCESS(0x90, "success", false),
    CARD_FOUND(0x9F, "card found", false),
    ITEM_EMPTY(0x91, "item empty on card", false),
    CHECKSUM_ERROR(0x10, "the reader saw a checksum error in our frame", true),
    LENGTH_ERROR(0x11, "the reader saw a length error in our frame", true),
    COMMAND_ERROR(0x21, "the reader does not know the command", false),
    UNAUTHORIZED(0x23, "unauthorized", false),
    UNRECOGNIZED(0x24, "unrecognized", false),
    CARD_AUTH_FAILED(0x31, "card to SAM authentication failed", true),
    SAM_AUTH_FAILED(0x32, "SAM to card authentication failed", true),
    VERIFICATION_ERROR(0x33, "verification error", true),
    UNKNOWN_CARD_TYPE(0x40, "unknown card type", false),
    READ_FAILED(0x41, "reading the card failed", true),
    RANDOM_NUMBER_FAILED(0x47, "getting a random number failed", true),
    SAM_SELF_TEST_FAILED(0x60, "SAM self-test failed", false),
    SAM_NOT_AUTHORIZED(0x66, "SAM not authorized", false),
    NO_CARD(0x80, "find card failed: no card", false),
    SELECT_FAILED(0x81, "select card failed", true);

    private static final Sw3[] BY_CODE = new Sw3[256];

    static {
        for (Sw3 sw3 : values()) {
            BY_CODE[sw3.code] = sw3;
        }
    }

    private final int code;
    private final String meaning;
    private final boolean retryHelps;

    Sw3(int code, String meaning, boolean retryHelps) {
        this.code = code;
        this.meaning = meaning;
        this.retryHelps = retryHelps;
    }

    /** The byte value, 0..255. */
    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether sending the same command again may succeed. */
    public boolean retryHelps() {
        return retryHelps;
    }

    /** {@code SW3 0x41 (reading the card failed)}. */
    public String describe() {
        return String.format("SW3 0x%02X (%s)", code, meaning);
    }

    /** The status for a byte, or empty when the protocol does not define it. */
    public static Optional<Sw3> of(int code) {
        return code < 0 || code > 255 ? Optional.empty() : Optional.ofNullable(BY_CODE[code]);
    }
}
