package org.budayang.driver;

import java.util.Objects;
import java.util.Optional;

/**
 * A device role's configuration is wrong: a setting is missing, has a value that is not accepted,
 * or is not known to the driver. The message names the role, the key, the value and what is
 * accepted (STYLE.md 9; DESIGN.md "No silent fallback"); {@link #code()} is stable for fleet
 * reporting.
 */
public final class DriverConfigurationException extends RuntimeException {

    /** Why the configuration was refused, with a stable code for fleet reporting. */
    public enum Reason {
        MISSING("DRV-CFG-MISSING"),
        INVALID("DRV-CFG-INVALID"),
        UNKNOWN_KEY("DRV-CFG-UNKNOWN-KEY");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final String role;
    private final String key;
    private final String value;
    private final String accepted;

    /**
     * @param value    the configured value, or {@code null} when the setting is missing
     * @param accepted what would have been accepted, e.g. {@code an integer from 1200 to 921600}
     */
    public DriverConfigurationException(Reason reason, String role, String key, String value, String accepted) {
        super(message(reason, role, key, value, accepted));
        this.reason = reason;
        this.role = role;
        this.key = key;
        this.value = value;
        this.accepted = accepted;
    }

    private static String message(Reason reason, String role, String key, String value, String accepted) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(accepted, "accepted");
        String problem;
        switch (reason) {
            case MISSING:
                problem = "setting '" + key + "' is missing";
                break;
            case UNKNOWN_KEY:
                problem = "setting '" + key + "' (value '" + value + "') is not known to this driver";
                break;
            default:
                problem = "setting '" + key + "' has value '" + value + "', which is not accepted";
                break;
        }
        return "[" + reason.code() + "] " + role + ": " + problem + "; accepted: " + accepted;
    }

    public Reason reason() {
        return reason;
    }

    /** The stable code for fleet reporting, e.g. {@code DRV-CFG-INVALID}. */
    public String code() {
        return reason.code();
    }

    /** The device role whose configuration is wrong, e.g. {@code receiptPrinter}. */
    public String role() {
        return role;
    }

    public String key() {
        return key;
    }

    /** The configured value; empty when the setting is missing. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** What would have been accepted. */
    public String accepted() {
        return accepted;
    }
}
