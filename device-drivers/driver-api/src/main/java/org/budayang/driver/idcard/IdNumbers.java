package org.budayang.driver.idcard;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates and masks resident ID numbers (公民身份号码, GB 11643-1999): 6-digit region code,
 * birth date YYYYMMDD, 3-digit sequence (odd = male) and a MOD 11-2 check character.
 *
 * <p>service-api's {@code org.budayang.api.identity.IdNumber} implements the same rules for the
 * kiosk↔central contract. driver-api may not depend on service-api (DESIGN.md), so both exist on
 * purpose; keep them in step (the same test vectors from DOMAIN.md are in both test suites). The
 * region code is never checked against today's table: old codes stay valid (DOMAIN.md).
 */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** The oldest birth year accepted; earlier dates mean a corrupt number, not a person. */
    public static final int EARLIEST_BIRTH_YEAR = 1880;

    private IdNumbers() {
    }

    /**
     * What is wrong with {@code id}, or empty when it is a valid 18-character number (upper-case X only).
     * The problem text is masked: it never contains the number itself.
     */
    public static Optional<String> problem(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("the ID number is empty");
        }
        if (id.length() != 18) {
            return Optional.of("the ID number " + mask(id) + " has " + id.length() + " characters; expected 18");
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return Optional.of("the ID number " + mask(id) + " has a non-digit at position " + (i + 1)
                        + "; expected 17 digits and a check character");
            }
        }
        char last = id.charAt(17);
        if ((last < '0' || last > '9') && last != 'X') {
            return Optional.of("the ID number " + mask(id) + " ends in a character that is neither a digit nor X");
        }
        Optional<LocalDate> birth = birthDateOf(id);
        if (birth.isEmpty()) {
            return Optional.of("the ID number " + mask(id) + " has no valid birth date in positions 7-14");
        }
        if (birth.get().getYear() < EARLIEST_BIRTH_YEAR) {
            return Optional.of("the ID number " + mask(id) + " has birth year " + birth.get().getYear()
                    + ", before " + EARLIEST_BIRTH_YEAR);
        }
        if (checkCharacter(id) != last) {
            return Optional.of("the ID number " + mask(id) + " fails the GB 11643 check (MOD 11-2)");
        }
        return Optional.empty();
    }

    /** Whether {@code id} is a valid ID number. */
    public static boolean isValid(String id) {
        return problem(id).isEmpty();
    }

    /** The check character (0-9 or X) of the first 17 digits of {@code id}. */
    public static char checkCharacter(String id) {
        Objects.requireNonNull(id, "id");
        if (id.length() < 17) {
            throw new IllegalArgumentException("checkCharacter needs 17 digits, got " + id.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("checkCharacter needs 17 digits; position " + (i + 1)
                        + " is not a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date in positions 7-14, or empty when they are not a calendar date. */
    public static Optional<LocalDate> birthDateOf(String id) {
        if (id == null || id.length() < 14) {
            return Optional.empty();
        }
        for (int i = 6; i < 14; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14))));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** Whether the sequence (positions 15-17) is odd, i.e. the holder is male. Needs a valid number. */
    public static boolean isMaleSequence(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(problem(id).orElseThrow());
        }
        return (id.charAt(16) - '0') % 2 == 1;
    }

    /**
     * Masks an ID number for logs and screens: first 6 and last 4 characters kept, each other one
     * {@code *} ({@code 620102********0034}). Texts shorter than 15 characters are masked whole but for
     * their last 2.
     */
    public static String mask(String id) {
        if (id == null) {
            return "null";
        }
        if (id.length() >= 15) {
            return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
        }
        return "*".repeat(Math.max(0, id.length() - 2)) + id.substring(Math.max(0, id.length() - 2));
    }

    /** Upper-cases a trailing {@code x}; nothing else is changed. */
    public static String normalise(String id) {
        return id == null ? null : id.toUpperCase(Locale.ROOT);
    }
}
