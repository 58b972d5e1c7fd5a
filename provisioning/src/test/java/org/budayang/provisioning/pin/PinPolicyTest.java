package org.budayang.provisioning.pin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinPolicyTest {
    private static final String TOO_SIMPLE = "the PIN is all one digit or a straight run of digits; choose another";

    /** Includes runs that break (123457, 1234567890 wraps 9 to 0) and the two length limits. */
    @ParameterizedTest
    @ValueSource(strings = {"739204", "20250617", "000001", "123457", "124567", "1234567890", "998877665544"})
    void acceptsSixToTwelveDigitsThatAreNotTrivial(String pin) {
        assertDoesNotThrow(() -> PinPolicy.validate(pin.toCharArray()));
    }

    @ParameterizedTest
    @CsvSource({
            "'',            EMPTY,       0, no PIN was entered",
            "12345,         LENGTH,      5, the PIN has 5 characters; 6 to 12 digits are required",
            "7392046183920, LENGTH,     13, the PIN has 13 characters; 6 to 12 digits are required",
            "73920a,        NOT_DIGITS,  6, the PIN contains a character other than the digits 0-9",
            "'739 204',     NOT_DIGITS,  7, the PIN contains a character other than the digits 0-9",
            "７３９２０４,  NOT_DIGITS,  6, the PIN contains a character other than the digits 0-9",
            "111111,        TOO_SIMPLE,  6, " + TOO_SIMPLE,
            "123456,        TOO_SIMPLE,  6, " + TOO_SIMPLE,
            "0123456789,    TOO_SIMPLE, 10, " + TOO_SIMPLE,
            "876543210,     TOO_SIMPLE,  9, " + TOO_SIMPLE,
            "987654,        TOO_SIMPLE,  6, " + TOO_SIMPLE})
    void refusesWithTheProblemAndNeverThePin(String pin, InvalidPinException.Problem problem, int length,
                                             String message) {
        InvalidPinException error = assertThrows(InvalidPinException.class,
                () -> PinPolicy.validate(pin.toCharArray()));

        assertEquals(problem, error.problem());
        assertEquals(length, error.length());
        assertEquals(message, error.getMessage());
    }
}
