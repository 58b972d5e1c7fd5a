package org.budayang.driver.op;

import java.time.Duration;
import java.util.Objects;

/**
 * A point in time by which an operation must be done, on the monotonic clock ({@link System#nanoTime()}),
 * so that wall-clock jumps (NTP, a technician setting the date) never stretch or cut an operation.
 *
 * @param budget how long the operation was given (for messages: "no answer within 5 s")
 * @param endNanos the {@link System#nanoTime()} value at which it expires
 */
public record Deadline(Duration budget, long endNanos) {

    public Deadline {
        Objects.requireNonNull(budget, "Deadline.budget is required");
        if (budget.isNegative()) {
            throw new IllegalArgumentException("Deadline.budget must not be negative, got " + budget);
        }
    }

    /** A deadline {@code budget} from now. */
    public static Deadline in(Duration budget) {
        Objects.requireNonNull(budget, "budget is required");
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    /** Time left, never negative. */
    public Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    public boolean expired() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** The earlier of this deadline and one {@code budget} from now (e.g. one frame's timeout inside an operation). */
    public Deadline atMost(Duration budget) {
        Deadline other = in(budget);
        return other.endNanos - endNanos < 0 ? other : this;
    }
}
