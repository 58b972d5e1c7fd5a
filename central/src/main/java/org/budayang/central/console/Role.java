package org.budayang.central.console;

import io.javalin.security.RouteRole;
import java.util.Locale;

/**
 * An ops user's role; each includes the ones below it. Console routes are registered with the least
 * role they need, and {@code ConsoleGuard} refuses a session whose role is lower.
 */
public enum Role implements RouteRole {
    /** Reads every fleet page; acts on nothing. */
    VIEWER("查看员"),
    /** Also acknowledges and resolves alerts, closes help requests, records 差评 call-backs. */
    OPERATOR("操作员"),
    /** Also manages ops users and reads the audit log. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Chinese name shown in the console. */
    public String label() {
        return label;
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /** Parses {@code viewer}, {@code OPERATOR}…; the message names the value and what is accepted. */
    public static Role parse(String text) {
        if (text != null) {
            for (Role role : values()) {
                if (role.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("Role '" + text + "' is unknown; accepted: viewer, operator, admin");
    }
}
