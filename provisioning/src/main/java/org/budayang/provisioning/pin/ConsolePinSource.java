package org.budayang.provisioning.pin;

import java.util.Arrays;
import java.util.Objects;

/** Asks on the terminal, without echo, twice; the entries must match. */
public final class ConsolePinSource implements PinSource {

    /** Reads a line without echo, e.g. {@code System.console()::readPassword}; {@code null} at end of input. */
    @FunctionalInterface
    public interface HiddenPrompt {
        char[] readPassword(String prompt);
    }

    private final HiddenPrompt prompt;
    private final String first;
    private final String again;

    public ConsolePinSource(HiddenPrompt prompt, String firstPrompt, String confirmPrompt) {
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.first = Objects.requireNonNull(firstPrompt, "firstPrompt");
        this.again = Objects.requireNonNull(confirmPrompt, "confirmPrompt");
    }

    @Override
    public char[] read() throws InvalidPinException {
        char[] pin = prompt.readPassword(first);
        if (pin == null || pin.length == 0) {
            throw new InvalidPinException(InvalidPinException.Problem.EMPTY, 0);
        }
        try {
            PinPolicy.validate(pin);
        } catch (InvalidPinException refused) {
            Arrays.fill(pin, '\0');
            throw refused;
        }
        char[] confirmation = prompt.readPassword(again);
        try {
            if (!Arrays.equals(pin, confirmation)) {
                Arrays.fill(pin, '\0');
                throw new InvalidPinException(InvalidPinException.Problem.MISMATCH, pin.length);
            }
            return pin;
        } finally {
            if (confirmation != null) {
                Arrays.fill(confirmation, '\0');
            }
        }
    }
}
