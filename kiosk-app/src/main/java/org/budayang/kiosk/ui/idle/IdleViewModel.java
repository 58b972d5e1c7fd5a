package org.budayang.kiosk.ui.idle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The idle timer: after {@code timeout} without input it counts down {@code countdown} ("是否继续办理？"),
 * then runs the expiry action (back to attract and wipe). Driven by {@link #tick()} (the view calls it
 * once a second) and a clock, so it is tested without the toolkit.
 */
public final class IdleViewModel {
    private final Clock clock;
    private final Duration timeout;
    private final Duration countdown;
    private final Runnable onExpired;
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private boolean armed;
    private Instant lastActivity;
    private java.util.function.BooleanSupplier hold = () -> false;

    /**
     * @param clock     the time source
     * @param timeout   how long without input before the countdown shows; positive
     * @param countdown how long the countdown lasts; positive
     * @param onExpired what happens when the countdown reaches 0
     */
    public IdleViewModel(Clock clock, Duration timeout, Duration countdown, Runnable onExpired) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = positive("timeout", timeout);
        this.countdown = positive("countdown", countdown);
        this.onExpired = Objects.requireNonNull(onExpired, "onExpired");
        this.lastActivity = clock.instant();
        secondsLeft.set(seconds(countdown));
    }

    private static Duration positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("IdleViewModel." + name + " must be positive, got " + d);
        }
        return d;
    }

    private static int seconds(Duration d) {
        return (int) ((d.toMillis() + 999) / 1000);
    }

    /** Arms the timer (a citizen is using the kiosk) or disarms it (attract screen). */
    public void setArmed(boolean armed) {
        this.armed = armed;
        activity();
    }

    public boolean isArmed() {
        return armed;
    }

    /** Any touch, mouse or key input: starts the idle time again and hides the countdown. */
    public void activity() {
        lastActivity = clock.instant();
        counting.set(false);
        secondsLeft.set(seconds(countdown));
    }

    /**
     * While {@code busy} answers true the idle time does not run (e.g. a QR payment waits on the citizen's phone
     * with its own countdown): the session is not wiped from under a payment in flight.
     */
    public void holdWhile(java.util.function.BooleanSupplier busy) {
        this.hold = Objects.requireNonNull(busy, "busy");
    }

    /** Checks the time; shows, updates or ends the countdown. */
    public void tick() {
        if (!armed) {
            return;
        }
        if (hold.getAsBoolean()) {
            activity();
            return;
        }
        Duration idle = Duration.between(lastActivity, clock.instant());
        if (idle.compareTo(timeout) < 0) {
            counting.set(false);
            return;
        }
        Duration left = timeout.plus(countdown).minus(idle);
        if (left.isZero() || left.isNegative()) {
            expireNow();
        } else {
            secondsLeft.set(seconds(left));
            counting.set(true);
        }
    }

    /** Ends the session now, as if the countdown had reached 0. */
    public void expireNow() {
        counting.set(false);
        secondsLeft.set(0);
        armed = false;
        onExpired.run();
        lastActivity = clock.instant();
        secondsLeft.set(seconds(countdown));
    }

    public ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }
}
