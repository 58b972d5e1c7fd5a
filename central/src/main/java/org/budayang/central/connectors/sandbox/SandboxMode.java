package org.budayang.central.connectors.sandbox;

/** How a sandbox department system behaves, switched by configuration or the admin API. */
public enum SandboxMode {
    /** answers at once */
    NORMAL,
    /** answers after a configured delay */
    SLOW,
    /** answers nothing: every call 503 DEPARTMENT_UNAVAILABLE */
    UNAVAILABLE,
    /** a configured share of calls fails with 502 DEPARTMENT_ERROR */
    FAILING;

    static SandboxMode parse(String where, String text) {
        for (SandboxMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException(where + ": '" + text + "' is not a sandbox mode; accepted: "
                + java.util.Arrays.toString(values()));
    }
}
