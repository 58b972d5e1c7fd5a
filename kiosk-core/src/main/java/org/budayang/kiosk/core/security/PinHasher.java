package org.budayang.kiosk.core.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies the technician PIN with PBKDF2-HMAC-SHA256 and a random salt.
 *
 * <p>Stored form: {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>}; the configuration
 * file holds only this string, never the PIN. Verification reads the iteration count from the stored
 * hash, so hashes written with an older count keep working; counts below {@link #MIN_ITERATIONS} are
 * refused as too weak.
 */
public final class PinHasher {
    /** The scheme tag at the start of every stored hash. */
    public static final String SCHEME = "pbkdf2-sha256";
    /** The iteration count new hashes get; about 60-100 ms on a 2-core kiosk. */
    public static final int ITERATIONS = 120_000;
    /** The lowest iteration count a stored hash may have. */
    public static final int MIN_ITERATIONS = 100_000;
    /** The highest iteration count accepted, so that a bad file cannot stall the kiosk. */
    public static final int MAX_ITERATIONS = 2_000_000;
    /** PIN length accepted when hashing: 4 to 12 digits. */
    public static final int MIN_PIN_LENGTH = 4;
    public static final int MAX_PIN_LENGTH = 12;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHasher() {
    }

    /**
     * Hashes a PIN of 4 to 12 digits with a fresh random salt. The caller still owns {@code pin} and
     * should wipe it.
     */
    public static String hash(char[] pin) {
        if (pin == null || pin.length < MIN_PIN_LENGTH || pin.length > MAX_PIN_LENGTH) {
            throw new IllegalArgumentException("PinHasher.hash: a technician PIN must have " + MIN_PIN_LENGTH + " to "
                    + MAX_PIN_LENGTH + " digits, got " + (pin == null ? "none" : pin.length + " characters"));
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("PinHasher.hash: a technician PIN must consist of digits 0-9 only");
            }
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(pin, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /**
     * Whether {@code pin} matches {@code stored}, compared in constant time. The caller still owns
     * {@code pin} and should wipe it.
     *
     * @throws IllegalArgumentException when {@code stored} is not a hash {@link #hash} could have written
     */
    public static boolean verify(char[] pin, String stored) {
        Parsed parsed = parse(stored);
        if (pin == null || pin.length == 0) {
            return false;
        }
        byte[] actual = derive(pin, parsed.salt, parsed.iterations);
        boolean same = MessageDigest.isEqual(actual, parsed.hash);
        Arrays.fill(actual, (byte) 0);
        return same;
    }

    /**
     * Checks that {@code stored} is a well-formed hash.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static void checkFormat(String stored) {
        parse(stored);
    }

    /** What is wrong with {@code stored} in a few words, or empty when it is a well-formed hash. */
    public static Optional<String> formatProblem(String stored) {
        try {
            parse(stored);
            return Optional.empty();
        } catch (MalformedHashException e) {
            return Optional.of(e.why);
        }
    }

    private static final class MalformedHashException extends IllegalArgumentException {
        private final String why;

        MalformedHashException(String why) {
            super("Malformed technician PIN hash: " + why + "; expected " + SCHEME
                    + "$<iterations>$<base64 salt>$<base64 hash> as written by PinHasher.hash");
            this.why = why;
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String stored) {
        if (stored == null || stored.isBlank()) {
            throw malformed("it is empty");
        }
        String[] parts = stored.strip().split("\\$", -1);
        if (parts.length != 4) {
            throw malformed("it has " + parts.length + " '$'-separated parts instead of 4");
        }
        if (!SCHEME.equals(parts[0])) {
            throw malformed("its scheme is '" + parts[0] + "' instead of " + SCHEME);
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw malformed("its iteration count '" + parts[1] + "' is not a number");
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw malformed("its iteration count " + iterations + " is outside " + MIN_ITERATIONS + ".."
                    + MAX_ITERATIONS);
        }
        byte[] salt = decode("salt", parts[2]);
        byte[] hash = decode("hash", parts[3]);
        if (salt.length < 8) {
            throw malformed("its salt has " + salt.length + " bytes, at least 8 are needed");
        }
        if (hash.length != HASH_BYTES) {
            throw malformed("its hash has " + hash.length + " bytes instead of " + HASH_BYTES);
        }
        return new Parsed(iterations, salt, hash);
    }

    private static byte[] decode(String part, String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw malformed("its " + part + " is not Base64 (" + e.getMessage() + ")");
        }
    }

    private static IllegalArgumentException malformed(String why) {
        return new MalformedHashException(why);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
