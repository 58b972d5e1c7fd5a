package org.budayang.driver;

import java.util.Set;

/**
 * An operation was refused because the device's {@link Lifecycle} is in the wrong state. The
 * message names the device, the operation, the current state and the states the operation is
 * allowed from (STYLE.md 8).
 */
public final class LifecycleException extends IllegalStateException {
    private final String device;
    private final String operation;
    private final LifecycleState state;
    private final Set<LifecycleState> allowedFrom;

    LifecycleException(String device, String operation, LifecycleState state, Set<LifecycleState> allowedFrom) {
        super(device + ": cannot " + operation + " while " + state + "; " + operation + " is allowed only when "
                + describe(allowedFrom));
        this.device = device;
        this.operation = operation;
        this.state = state;
        this.allowedFrom = Set.copyOf(allowedFrom);
    }

    private static String describe(Set<LifecycleState> states) {
        StringBuilder text = new StringBuilder();
        for (LifecycleState candidate : LifecycleState.values()) {
            if (states.contains(candidate)) {
                text.append(text.length() == 0 ? "" : " or ").append(candidate);
            }
        }
        return text.toString();
    }

    /** The device the lifecycle belongs to (e.g. {@code receiptPrinter (escpos)}). */
    public String device() {
        return device;
    }

    /** The refused operation (e.g. {@code enable}, {@code print}). */
    public String operation() {
        return operation;
    }

    /** The state the device was in when the operation was refused. */
    public LifecycleState state() {
        return state;
    }

    /** The states the operation would have been allowed from. */
    public Set<LifecycleState> allowedFrom() {
        return allowedFrom;
    }
}
