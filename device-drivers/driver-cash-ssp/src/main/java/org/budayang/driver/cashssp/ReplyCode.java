package org.budayang.driver.cashssp;

/** The generic reply codes, the first data byte of every reply. */
public enum ReplyCode {
    OK(0xF0, "OK"),
    SLAVE_RESET(0xF1, "the device reset itself"),
    UNKNOWN_COMMAND(0xF2, "command not known"),
    WRONG_PARAMETERS(0xF3, "wrong number of parameters"),
    OUT_OF_RANGE(0xF4, "parameter out of range"),
    CANNOT_PROCESS(0xF5, "command cannot be processed now"),
    SOFTWARE_ERROR(0xF6, "software error"),
    FAIL(0xF8, "command failed"),
    KEY_NOT_SET(0xFA, "encryption key not set"),
    UNRECOGNISED(-1, "unrecognised reply code");

    private final int code;
    private final String meaning;

    ReplyCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public static ReplyCode of(int code) {
        for (ReplyCode reply : values()) {
            if (reply.code == code) {
                return reply;
            }
        }
        return UNRECOGNISED;
    }

    /** For details: {@code F4 OUT_OF_RANGE (parameter out of range)}. */
    public static String describe(int code) {
        ReplyCode reply = of(code);
        return String.format("%02X %s (%s)", code, reply.name(), reply.meaning);
    }
}
