package org.budayang.provisioning.pin;

/**
 * What a technician PIN must be: 6 to 12 digits, not all the same digit and not a straight run
 * (123456, 987654) — the first PINs anyone standing at a kiosk would try.
 */
public final class PinPolicy {
    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 12;

    private PinPolicy() {
    }

    /** @throws InvalidPinException naming the problem, never the PIN */
    public static void validate(char[] pin) throws InvalidPinException {
        if (pin == null || pin.length == 0) {
            throw new InvalidPinException(InvalidPinException.Problem.EMPTY, 0);
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                throw new InvalidPinException(InvalidPinException.Problem.NOT_DIGITS, pin.length);
            }
        }
        if (pin.length < MIN_LENGTH || pin.length > MAX_LENGTH) {
            throw new InvalidPinException(InvalidPinException.Problem.LENGTH, pin.length);
        }
        if (isConstantStep(pin)) {
            throw new InvalidPinException(InvalidPinException.Problem.TOO_SIMPLE, pin.length);
        }
    }

    /** All steps between neighbouring digits are 0, all +1, or all -1. */
    private static boolean isConstantStep(char[] pin) {
        int step = pin[1] - pin[0];
        if (Math.abs(step) > 1) {
            return false;
        }
        for (int i = 2; i < pin.length; i++) {
            if (pin[i] - pin[i - 1] != step) {
                return false;
            }
        }
        return true;
    }
}
