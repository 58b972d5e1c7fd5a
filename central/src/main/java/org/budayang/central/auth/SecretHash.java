package org.budayang.central.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A kiosk secret stored as PBKDF2-HMAC-SHA256 with a per-kiosk random salt, written
 * {@code pbkdf2-sha256:<iterations>:<salt, base64>:<hash, base64>}. The secret itself is never
 * stored. {@link #matches(String)} compares in constant time.
 *
 * @param iterations PBKDF2 iterations, {@value #MIN_ITERATIONS}..10,000,000
 * @param salt       16..64 random bytes
 * @param hash       the 32-byte derived key
 */
public record SecretHash(int iterations, byte[] salt, byte[] hash) {
    public static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    public static final int MIN_ITERATIONS = 100_000;
    private static final int KEY_BITS = 256;

    public SecretHash {
        if (iterations < MIN_ITERATIONS || iterations > 10_000_000) {
            throw new IllegalArgumentException("secret hash iterations " + iterations + " out of range; expected "
                    + MIN_ITERATIONS + "..10000000");
        }
        if (salt == null || salt.length < 16 || salt.length > 64) {
            throw new IllegalArgumentException("secret hash salt must have 16..64 bytes, has "
                    + (salt == null ? "none" : salt.length));
        }
        if (hash == null || hash.length != KEY_BITS / 8) {
            throw new IllegalArgumentException("secret hash must have 32 bytes, has " + (hash == null ? "none" : hash.length));
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Hashes {@code secret} with a fresh random salt. */
    public static SecretHash create(String secret, int iterations, SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new SecretHash(iterations, salt, derive(secret, salt, iterations));
    }

    /** Parses the stored form; the message says what part is wrong (never echoing the hash). */
    public static SecretHash parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split(":", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("secret hash is not written " + SCHEME
                    + ":<iterations>:<salt base64>:<hash base64>");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("secret hash iterations '" + parts[1] + "' is not a number", e);
        }
        try {
            Base64.Decoder decoder = Base64.getDecoder();
            return new SecretHash(iterations, decoder.decode(parts[2]), decoder.decode(parts[3]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secret hash is not valid: " + e.getMessage(), e);
        }
    }

    /** Whether {@code secret} is the one hashed here; constant time in the hash comparison. */
    public boolean matches(String secret) {
        return MessageDigest.isEqual(hash, derive(secret, salt, iterations));
    }

    /** The stored form, for the configuration file. */
    public String encoded() {
        Base64.Encoder encoder = Base64.getEncoder();
        return SCHEME + ":" + iterations + ":" + encoder.encodeToString(salt) + ":" + encoder.encodeToString(hash);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretHash that && iterations == that.iterations
                && MessageDigest.isEqual(salt, that.salt) && MessageDigest.isEqual(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "SecretHash[" + SCHEME + ", " + iterations + " iterations]";
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
