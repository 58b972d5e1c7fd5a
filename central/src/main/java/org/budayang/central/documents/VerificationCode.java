package org.budayang.central.documents;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;

/**
 * The verification code printed on a document: 16 characters of Crockford base32 (80 random bits
 * from a {@link SecureRandom}, so codes cannot be guessed or enumerated). {@link #parse(String)}
 * accepts what people type: lower case, the printed hyphens, and I/L for 1, O for 0.
 */
public record VerificationCode(String value) {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 16;

    public VerificationCode {
        Objects.requireNonNull(value, "VerificationCode.value is required");
        if (value.length() != LENGTH) {
            throw new IllegalArgumentException("VerificationCode '" + shorten(value) + "' has " + value.length()
                    + " characters; expected " + LENGTH);
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException("VerificationCode '" + shorten(value) + "' has '" + value.charAt(i)
                        + "' at position " + (i + 1) + "; expected Crockford base32 (0-9, A-Z without I, L, O, U)");
            }
        }
    }

    /** A fresh random code. */
    public static VerificationCode random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return new VerificationCode(code.toString());
    }

    /**
     * Reads a code as a person may type it; throws {@link IllegalArgumentException} naming the
     * problem for anything that is not 16 base32 characters once hyphens and spaces are removed.
     */
    public static VerificationCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("verification code is empty; expected 16 characters such as "
                    + "7K3M-Q9TX-2HVD-8RNC");
        }
        if (text.length() > 40) {
            throw new IllegalArgumentException("verification code of " + text.length() + " characters is too long; "
                    + "expected 16 characters");
        }
        String normal = text.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "")
                .replace('I', '1').replace('L', '1').replace('O', '0');
        return new VerificationCode(normal);
    }

    /** As printed: four groups of four, {@code 7K3M-Q9TX-2HVD-8RNC}. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                + value.substring(12);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
