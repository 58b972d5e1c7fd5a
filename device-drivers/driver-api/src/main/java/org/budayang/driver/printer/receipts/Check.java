package org.budayang.driver.printer.receipts;

import java.util.Objects;
import java.util.regex.Pattern;

/** Input checks shared by the receipt templates; each refusal names the template, the field and the value. */
final class Check {
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{3,39}");
    private static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7E]{4,290}");

    private Check() {
    }

    static String text(String template, String field, String value, int maxLength) {
        Objects.requireNonNull(value, template + "." + field + " is required");
        if (value.isBlank() || value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(template + "." + field + " must be 1.." + maxLength
                    + " characters without control characters, got '" + value + "'");
        }
        return value.strip();
    }

    /** A citizen's name: like {@link #text} but the refusal never repeats the value (personal data). */
    static String name(String template, String field, String value) {
        Objects.requireNonNull(value, template + "." + field + " is required");
        if (value.isBlank() || value.codePointCount(0, value.length()) > 30
                || !value.strip().codePoints().allMatch(cp -> Character.isLetter(cp) || cp == '·' || cp == ' ')) {
            throw new IllegalArgumentException(template + "." + field + " must be a name of 1 to 30 letters (· and"
                    + " spaces allowed), got " + value.length() + " characters that are not (value not shown: personal"
                    + " data)");
        }
        return value.strip();
    }

    /** An application, order or refund number: 4 to 40 of A-Z a-z 0-9 and '-', not starting with '-'. */
    static String number(String template, String field, String value) {
        Objects.requireNonNull(value, template + "." + field + " is required");
        if (!NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException(template + "." + field + " must be 4-40 of A-Z a-z 0-9 and '-', got '"
                    + value + "'");
        }
        return value;
    }

    /** A web address for a QR code: http(s), printable ASCII, at most 300 characters. */
    static String url(String template, String field, String value) {
        Objects.requireNonNull(value, template + "." + field + " is required");
        if (!URL.matcher(value).matches()) {
            throw new IllegalArgumentException(template + "." + field + " must be an http(s) address of printable"
                    + " ASCII up to 300 characters, got '" + value + "'");
        }
        return value;
    }

    /** An amount in fen (1/100 yuan): 1 fen to 10 million yuan. */
    static long fen(String template, String field, long fen) {
        if (fen < 1 || fen > 1_000_000_000L) {
            throw new IllegalArgumentException(template + "." + field + " must be 1..1000000000 fen (0.01 to"
                    + " 10,000,000.00 yuan), got " + fen);
        }
        return fen;
    }

    /** Fen as yuan with two decimals, e.g. 1250 → {@code 12.50}. */
    static String yuan(long fen) {
        return fen / 100 + "." + String.format("%02d", fen % 100);
    }
}
