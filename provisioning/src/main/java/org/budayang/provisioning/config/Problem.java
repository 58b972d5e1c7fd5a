package org.budayang.provisioning.config;

import java.util.Objects;

/**
 * One thing wrong with a kiosk configuration: the key, the value as written (null when missing) and what is
 * accepted, with a stable upper-case code.
 */
public record Problem(String code, String key, String value, String accepted) {
    public Problem {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("Problem.code must be an upper-case code, got '" + code + "'");
        }
        Objects.requireNonNull(key, "Problem.key is required");
        Objects.requireNonNull(accepted, "Problem.accepted is required");
    }

    /** One line for technicians: {@code [CODE] key: 'value' — expected …}. */
    public String describe() {
        return "[" + code + "] " + key + ": " + (value == null ? "missing" : "'" + value + "' is not accepted")
                + "; expected " + accepted;
    }
}
