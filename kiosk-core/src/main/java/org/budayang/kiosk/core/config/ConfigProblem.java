package org.budayang.kiosk.core.config;

import java.util.Objects;

/**
 * One thing wrong with a kiosk configuration, as {@link ConfigRules#check} finds it: a stable upper-case code, the
 * key, the value as written (null when the key is missing) and what is accepted. The kiosk refuses to start with the
 * first of them ({@link ConfigException}); provisioning lists them all.
 *
 * <p>Codes: {@value #MISSING}, {@value #INVALID}, {@value #UNKNOWN_KEY}, {@value #RETIRED_KEY}, {@value #OLD_KEY},
 * {@value #DEVICE_KEY}; provisioning adds {@code CONFIG_DEVICE_*} for what the drivers refuse.
 */
public record ConfigProblem(String code, String key, String value, String accepted) {
    /** A required key is absent or blank. */
    public static final String MISSING = "CONFIG_MISSING";
    /** A known key has a value it does not accept. */
    public static final String INVALID = "CONFIG_INVALID";
    /** No such key. */
    public static final String UNKNOWN_KEY = "CONFIG_UNKNOWN_KEY";
    /** A key of the kiosk secret of #4, gone with enrolment (decision 0014). */
    public static final String RETIRED_KEY = "CONFIG_RETIRED_KEY";
    /** The old {@code devices.<role>=<driver>} form. */
    public static final String OLD_KEY = "CONFIG_OLD_KEY";
    /** A {@code device.*} key that is not {@code device.<known role>.<setting>}. */
    public static final String DEVICE_KEY = "CONFIG_DEVICE_KEY";

    public ConfigProblem {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("ConfigProblem.code must be an upper-case code such as CONFIG_INVALID,"
                    + " got '" + code + "'");
        }
        Objects.requireNonNull(key, "ConfigProblem.key is required");
        Objects.requireNonNull(accepted, "ConfigProblem.accepted is required");
    }

    /** One line for technicians: {@code [CODE] key: 'value' is not accepted; expected …}. */
    public String describe() {
        return "[" + code + "] " + key + ": " + (value == null ? "missing" : "'" + value + "' is not accepted")
                + "; expected " + accepted;
    }
}
