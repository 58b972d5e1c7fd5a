package org.budayang.api.fleet;

/**
 * A command's life at central: QUEUED → DELIVERED (picked up by a poll; delivered again on every poll until its
 * result arrives) → DONE | REFUSED | FAILED; QUEUED → EXPIRED when never picked up before it expires.
 */
public enum CommandState {
    QUEUED,
    DELIVERED,
    DONE,
    REFUSED,
    FAILED,
    EXPIRED;

    public boolean isFinal() {
        return this != QUEUED && this != DELIVERED;
    }

    public static CommandState of(CommandOutcome outcome) {
        return switch (outcome) {
            case DONE -> DONE;
            case REFUSED -> REFUSED;
            case FAILED -> FAILED;
        };
    }
}
