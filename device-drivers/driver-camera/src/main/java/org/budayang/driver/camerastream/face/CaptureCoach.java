package org.budayang.driver.camerastream.face;

import java.util.Objects;
import org.budayang.driver.camera.CaptureAdvice;

/**
 * Coaches one citizen through the face capture (issue #6): each finished attempt is reported with the advice it
 * ended on; after {@value #ATTEMPTS_BEFORE_HELP} failed attempts the coach stops looping and tells the kiosk to
 * offer 呼叫帮办 (help from staff or a remote helper). One coach per session; {@link #reset()} for the next citizen.
 * Not thread-safe (the kiosk's flow drives it from one thread).
 *
 * <pre>
 *   state         attempt(READY)   attempt(other)                      reset
 *   COACHING      → CAPTURED       → COACHING, or HELP_OFFERED at 3    → COACHING
 *   HELP_OFFERED  → CAPTURED       → HELP_OFFERED                      → COACHING
 *   CAPTURED      refused          refused                             → COACHING
 * </pre>
 */
public final class CaptureCoach {
    /** Failed attempts after which help is offered. */
    public static final int ATTEMPTS_BEFORE_HELP = 3;

    /** Where the coaching stands. */
    public enum State {
        COACHING, HELP_OFFERED, CAPTURED
    }

    /** What the kiosk should do next. */
    public enum Next {
        /** The attempt was good: keep the still. */
        CAPTURE,
        /** Show {@link Coaching#advice()} and let the citizen try again. */
        TRY_AGAIN,
        /** Stop looping: offer the 呼叫帮办 button (the citizen may still try again). */
        OFFER_HELP
    }

    /**
     * The coach's answer to one attempt.
     *
     * @param next           what the kiosk should do
     * @param advice         the advice the attempt ended on
     * @param failedAttempts failed attempts so far in this session
     */
    public record Coaching(Next next, CaptureAdvice advice, int failedAttempts) {
        public Coaching {
            Objects.requireNonNull(next, "Coaching.next is required");
            Objects.requireNonNull(advice, "Coaching.advice is required");
            if (failedAttempts < 0) {
                throw new IllegalArgumentException("Coaching.failedAttempts must be >= 0, got " + failedAttempts);
            }
        }

        /** The sentence shown (and spoken) to the citizen. */
        public String citizenText() {
            switch (next) {
                case CAPTURE:
                    return "拍照成功";
                case OFFER_HELP:
                    return "没关系，可以请工作人员帮您。请点击「呼叫帮办」，或按提示再试一次：" + advice.citizenText();
                default:
                    return advice.citizenText();
            }
        }
    }

    private State state = State.COACHING;
    private int failedAttempts;

    public State state() {
        return state;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    /**
     * Reports a finished attempt.
     *
     * @param result the advice the attempt ended on ({@link CaptureAdvice#READY} when the still was good)
     * @throws IllegalStateException when the capture is already done (state CAPTURED): reset first
     */
    public Coaching attempt(CaptureAdvice result) {
        Objects.requireNonNull(result, "result");
        if (state == State.CAPTURED) {
            throw new IllegalStateException("CaptureCoach: cannot attempt while CAPTURED; the still is taken, reset()"
                    + " for the next citizen");
        }
        if (result.isReady()) {
            state = State.CAPTURED;
            return new Coaching(Next.CAPTURE, result, failedAttempts);
        }
        failedAttempts++;
        if (failedAttempts >= ATTEMPTS_BEFORE_HELP) {
            state = State.HELP_OFFERED;
            return new Coaching(Next.OFFER_HELP, result, failedAttempts);
        }
        return new Coaching(Next.TRY_AGAIN, result, failedAttempts);
    }

    /** Back to the start, for the next citizen. Allowed in every state. */
    public void reset() {
        state = State.COACHING;
        failedAttempts = 0;
    }
}
