package org.budayang.provisioning.pin;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes a technician PIN for the kiosk's configuration as
 * {@code pbkdf2-sha256$<iterations>$<saltB64>$<hashB64>}: PBKDF2 with HMAC-SHA256, a random 16-byte
 * salt, a 32-byte derived key, both in standard Base64 with padding ({@link Base64#getEncoder()}).
 * The kiosk verifies this format (kiosk-app has its own verifier: provisioning must not depend on
 * kiosk-app).
 */
public final class PinHasher {
    public static final String SCHEME = "pbkdf2-sha256";
    /** The fewest iterations the kiosk accepts. */
    public static final int MIN_ITERATIONS = 100_000;
    /** OWASP's current recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    private final SecureRandom random;
    private final int iterations;

    public PinHasher(SecureRandom random, int iterations) {
        this.random = Objects.requireNonNull(random, "random");
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("PinHasher needs at least " + MIN_ITERATIONS
                    + " PBKDF2 iterations, got " + iterations);
        }
        this.iterations = iterations;
    }

    public int iterations() {
        return iterations;
    }

    /** The encoded hash of {@code pin} with a fresh salt. Does not validate or clear the PIN. */
    public String hash(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(pin, salt, iterations, HASH_BYTES);
        try {
            return encode(iterations, salt, hash);
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    static byte[] derive(char[] pin, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime ("
                    + System.getProperty("java.vendor") + " " + Runtime.version() + ")", missing);
        } finally {
            spec.clearPassword();
        }
    }

    static String encode(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }
}
