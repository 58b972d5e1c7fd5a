package org.budayang.driver.cash;

import java.util.Set;
import java.util.TreeSet;

/** A {@link CashSession} operation refused in its current state; names both (code {@code CASH_SESSION_STATE}). */
public final class CashSessionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "CASH_SESSION_STATE";

    private final transient CashSessionState state;
    private final String operation;

    CashSessionException(String session, String operation, CashSessionState state) {
        super(CODE + ": cash session " + session + ": cannot " + operation + " while " + state + "; " + operation
                + " is allowed only when " + names(CashSessionState.allowedFor(operation)));
        this.state = state;
        this.operation = operation;
    }

    private static String names(Set<CashSessionState> states) {
        TreeSet<String> sorted = new TreeSet<>();
        states.forEach(s -> sorted.add(s.name()));
        return String.join(" or ", sorted);
    }

    public CashSessionState state() {
        return state;
    }

    public String operation() {
        return operation;
    }
}
