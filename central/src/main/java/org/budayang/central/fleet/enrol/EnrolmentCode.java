package org.budayang.central.fleet.enrol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A one-time enrolment code: 16 characters of Crockford's base32 (80 random bits), shown as
 * {@code XXXX-XXXX-XXXX-XXXX}. Typed by a technician, so case, spaces and hyphens do not matter. Central
 * keeps only {@link #hash()}: with 80 random bits a fast hash is enough (no dictionary to try).
 *
 * @param value the 16 characters, upper case, without hyphens
 */
public record EnrolmentCode(String value) {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 16;

    public EnrolmentCode {
        if (value == null || value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("enrolment code must be " + LENGTH + " characters of "
                    + ALPHABET + " (hyphens and spaces ignored), e.g. 7K3M-Q9XD-2HPA-V8TN");
        }
    }

    /** The code as typed: case, spaces and hyphens ignored. */
    public static EnrolmentCode parse(String typed) {
        String normalised = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return new EnrolmentCode(normalised);
    }

    public static EnrolmentCode random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new EnrolmentCode(code.toString());
    }

    /** {@code XXXX-XXXX-XXXX-XXXX}, for the code sheet. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                + value.substring(12);
    }

    /** The last four characters, for the ops list. */
    public String hint() {
        return value.substring(LENGTH - 4);
    }

    /** SHA-256 of the code, lower-case hex: what central stores. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "EnrolmentCode[…" + hint() + "]";
    }
}
