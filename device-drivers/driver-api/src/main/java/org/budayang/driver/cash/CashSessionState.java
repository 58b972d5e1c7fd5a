package org.budayang.driver.cash;

import java.util.Set;

/**
 * The states of a {@link CashSession}: {@code IDLE → ACCEPTING(amount due) → PAID | CANCELLED | FAILED}. The last three
 * are final; money that arrives in a final state is recorded for refund, never lost.
 */
public enum CashSessionState {
    /** Nothing asked yet. */
    IDLE,
    /** Taking notes towards the amount due. */
    ACCEPTING,
    /** The amount due is credited in full. */
    PAID,
    /** The citizen (or the kiosk's timeout) cancelled; what was credited is to be refunded. */
    CANCELLED,
    /** The acceptor failed (jam, cash box, lost link); what was credited is to be refunded. */
    FAILED;

    /** Whether the session is over. */
    public boolean isFinal() {
        return this == PAID || this == CANCELLED || this == FAILED;
    }

    /** The states an operation is allowed from, for refusals. */
    static Set<CashSessionState> allowedFor(String operation) {
        return switch (operation) {
            case "start" -> Set.of(IDLE);
            case "cancel" -> Set.of(IDLE, ACCEPTING);
            case "fail" -> Set.of(ACCEPTING);
            default -> Set.of();
        };
    }
}
