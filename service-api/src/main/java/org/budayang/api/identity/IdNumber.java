package org.budayang.api.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident ID number (公民身份号码, GB 11643-1999): 6-digit region code, birth date YYYYMMDD,
 * 3-digit sequence (odd = male) and a MOD 11-2 check character. Constructed only through
 * {@link #parse(String)}, which says exactly what is wrong. The region code is not checked
 * against today's table (DOMAIN.md: old codes stay valid). {@link #toString()} is masked, so that
 * an ID number never reaches a log by accident.
 */
public final class IdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Why a text is not a valid ID number; {@link #citizenMessage()} is what a kiosk shows. */
    public enum Problem {
        EMPTY("身份证号码为空，请输入或读取身份证。"),
        LENGTH("身份证号码应为18位，请核对后重新输入。"),
        CHARACTERS("身份证号码只能包含数字，最后一位可以是X，请核对后重新输入。"),
        BIRTH_DATE("身份证号码中的出生日期无效，请核对后重新输入。"),
        CHECK_DIGIT("身份证号码校验位不正确，请核对后重新输入。");

        private final String citizenMessage;

        Problem(String citizenMessage) {
            this.citizenMessage = citizenMessage;
        }

        public String citizenMessage() {
            return citizenMessage;
        }
    }

    /** Thrown by {@link #parse(String)}; the message is masked (never the full number). */
    public static final class InvalidIdNumberException extends IllegalArgumentException {
        private final Problem problem;

        InvalidIdNumberException(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * Parses and validates; a lower-case {@code x} is accepted and upper-cased, surrounding spaces
     * are stripped.
     *
     * @throws InvalidIdNumberException naming the problem (length, characters, date, check digit)
     */
    public static IdNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidIdNumberException(Problem.EMPTY, "ID number is empty");
        }
        String id = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (id.length() != 18) {
            throw new InvalidIdNumberException(Problem.LENGTH, "ID number has " + id.length()
                    + " characters; expected 18");
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                throw new InvalidIdNumberException(Problem.CHARACTERS, "ID number " + mask(id)
                        + " has a non-digit at position " + (i + 1) + "; expected 17 digits and a check character");
            }
        }
        char last = id.charAt(17);
        if ((last < '0' || last > '9') && last != 'X') {
            throw new InvalidIdNumberException(Problem.CHARACTERS, "ID number " + mask(id)
                    + " ends in '" + last + "'; expected a digit or X");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException(Problem.BIRTH_DATE, "ID number " + mask(id)
                    + " has no valid birth date in positions 7-14");
        }
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidIdNumberException(Problem.BIRTH_DATE, "ID number " + mask(id) + " has birth year "
                    + birth.getYear() + ", outside " + EARLIEST_BIRTH.getYear() + " to today");
        }
        char expected = checkCharacter(id);
        if (expected != last) {
            throw new InvalidIdNumberException(Problem.CHECK_DIGIT, "ID number " + mask(id)
                    + " fails the GB 11643 check (MOD 11-2)");
        }
        return new IdNumber(id, birth);
    }

    /** Whether {@code text} is a valid ID number. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidIdNumberException e) {
            return false;
        }
    }

    /** The check character of the first 17 digits of {@code id}. */
    public static char checkCharacter(String id) {
        Objects.requireNonNull(id, "id");
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /**
     * Masks an ID number for logs and screens: the first 6 and last 4 characters kept, the rest
     * {@code *} ({@code 620102********1234}). Short or odd texts are masked whole but for the last 2.
     */
    public static String mask(String text) {
        if (text == null) {
            return "null";
        }
        if (text.length() >= 15) {
            return text.substring(0, 6) + "*".repeat(text.length() - 10) + text.substring(text.length() - 4);
        }
        return "*".repeat(Math.max(0, text.length() - 2)) + text.substring(Math.max(0, text.length() - 2));
    }

    /** The full 18 characters. Handle with care: never log it. */
    public String value() {
        return value;
    }

    public String regionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /** Age in whole years on {@code day}. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: {@code 620102********1234}. */
    @Override
    public String toString() {
        return mask(value);
    }
}
