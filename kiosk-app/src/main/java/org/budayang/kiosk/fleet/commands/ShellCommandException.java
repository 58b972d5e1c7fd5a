package org.budayang.kiosk.fleet.commands;

/** A {@link KioskShell} could not do a command; the code and message go to central in the FAILED result. */
public final class ShellCommandException extends RuntimeException {
    private final String code;

    /**
     * @param code    stable upper-case code, e.g. {@code UNKNOWN_CONFIG_KEY}
     * @param message what was tried, the value and the fix (no personal data)
     */
    public ShellCommandException(String code, String message) {
        super(message);
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{0,31}")) {
            throw new IllegalArgumentException("ShellCommandException.code: '" + code + "' is not an upper-case code");
        }
        this.code = code;
    }

    public String code() {
        return code;
    }
}
