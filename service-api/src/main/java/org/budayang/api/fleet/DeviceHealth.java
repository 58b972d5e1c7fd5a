package org.budayang.api.fleet;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One device role's health in a {@link Heartbeat}.
 *
 * @param role        the role's configuration key, e.g. {@code receiptPrinter} (1–32 letters)
 * @param state       its health
 * @param conditions  the driver's conditions, e.g. {@code PAPER_LOW} (upper-case codes, at most 16)
 * @param action      what staff should do: {@code RESET}, {@code CLEAR}, {@code MAINTENANCE}, {@code CONFIGURATION}
 *                    or {@code NONE}
 * @param since       when the role entered this state (so that "offline for more than 2 minutes" can be told)
 * @param fillPercent how full a cash box is, 0–100, for a cash acceptor that can tell; null otherwise
 */
public record DeviceHealth(String role, DeviceState state, List<String> conditions, String action, Instant since,
                           Integer fillPercent) {
    private static final Pattern ROLE = Pattern.compile("[a-zA-Z]{1,32}");
    public static final int MAX_CONDITIONS = 16;
    public static final List<String> ACTIONS = List.of("RESET", "CLEAR", "MAINTENANCE", "CONFIGURATION", "NONE");

    public DeviceHealth {
        role = Check.text("DeviceHealth.role", role, 32, ROLE, "1-32 letters, e.g. receiptPrinter");
        Check.present("DeviceHealth.state", state);
        conditions = Check.list("DeviceHealth.conditions", conditions, MAX_CONDITIONS);
        for (String condition : conditions) {
            Check.text("DeviceHealth.conditions", condition, 32, Check.CODE, "upper-case codes such as PAPER_LOW");
        }
        action = Check.text("DeviceHealth.action", action == null ? "NONE" : action, 16, null, "one of " + ACTIONS);
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("DeviceHealth.action: '" + Check.shown(action)
                    + "' is not accepted; expected one of " + ACTIONS);
        }
        Check.present("DeviceHealth.since", since);
        if (fillPercent != null) {
            Check.range("DeviceHealth.fillPercent", fillPercent, 0, 100);
        }
    }

    public boolean has(String condition) {
        return conditions.contains(condition);
    }
}
