package org.budayang.provisioning.pin;

import java.util.Objects;

/** A PIN was refused or could not be read. Never carries the PIN itself. */
public final class InvalidPinException extends Exception {

    /** Why; the CLI shows the text {@code pin.<problem>}. */
    public enum Problem {
        /** Nothing was entered. */
        EMPTY,
        /** Fewer than 6 or more than 12 characters. */
        LENGTH,
        /** A character other than 0–9. */
        NOT_DIGITS,
        /** All digits the same, or a straight run such as 123456 or 987654. */
        TOO_SIMPLE,
        /** The confirmation differed from the first entry. */
        MISMATCH
    }

    private final Problem problem;
    private final int length;

    public InvalidPinException(Problem problem, int length) {
        super(describe(Objects.requireNonNull(problem, "problem"), length));
        this.problem = problem;
        this.length = length;
    }

    private static String describe(Problem problem, int length) {
        switch (problem) {
            case EMPTY:
                return "no PIN was entered";
            case LENGTH:
                return "the PIN has " + length + " characters; " + PinPolicy.MIN_LENGTH + " to "
                        + PinPolicy.MAX_LENGTH + " digits are required";
            case NOT_DIGITS:
                return "the PIN contains a character other than the digits 0-9";
            case TOO_SIMPLE:
                return "the PIN is all one digit or a straight run of digits; choose another";
            default:
                return "the two PIN entries differ";
        }
    }

    public Problem problem() {
        return problem;
    }

    /** How many characters were entered. */
    public int length() {
        return length;
    }
}
