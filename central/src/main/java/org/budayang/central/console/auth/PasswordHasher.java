package org.budayang.central.console.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (RFC 9106) in the PHC string format
 * {@code $argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>} (unpadded base64, 16-byte salt, 32-byte hash).
 * The production cost is {@link Cost#DEFAULT}: 64 MiB of memory, 3 passes, 1 lane (decision 0017; measured
 * by {@code bench/console.sh}). A stored hash keeps its own parameters, so the cost can be raised later
 * without invalidating existing passwords. At most {@code maxConcurrent} hashes run at once (each holds its
 * memory); a caller that cannot start one within 5 s gets {@link HasherBusyException}.
 */
public final class PasswordHasher {
    private static final String PREFIX = "$argon2id$v=19$";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Longest password accepted (Argon2 itself takes any length; the cap keeps form posts cheap to refuse). */
    public static final int MAX_PASSWORD_LENGTH = 128;

    /**
     * Argon2id cost.
     *
     * @param memoryKiB   memory per hash in KiB, 8..1048576
     * @param iterations  passes over the memory, 1..10
     * @param parallelism lanes, 1..8
     */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        /** 64 MiB, t=3, p=1 (OWASP's second recommended Argon2id setting is 19 MiB, t=2; this is stronger). */
        public static final Cost DEFAULT = new Cost(65_536, 3, 1);

        public Cost {
            if (memoryKiB < 8 || memoryKiB > 1_048_576) {
                throw new IllegalArgumentException("Cost.memoryKiB: " + memoryKiB + " is outside 8..1048576");
            }
            if (iterations < 1 || iterations > 10) {
                throw new IllegalArgumentException("Cost.iterations: " + iterations + " is outside 1..10");
            }
            if (parallelism < 1 || parallelism > 8) {
                throw new IllegalArgumentException("Cost.parallelism: " + parallelism + " is outside 1..8");
            }
        }
    }

    /** No hashing slot became free in time: the server is busy with logins. */
    public static final class HasherBusyException extends RuntimeException {
        HasherBusyException() {
            super("All Argon2id hashing slots were busy for 5 s; the login was not checked");
        }
    }

    private final Cost cost;
    private final SecureRandom random;
    private final Semaphore slots;

    public PasswordHasher(Cost cost, SecureRandom random, int maxConcurrent) {
        this.cost = Objects.requireNonNull(cost, "cost");
        this.random = Objects.requireNonNull(random, "random");
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("PasswordHasher.maxConcurrent: " + maxConcurrent + " must be >= 1");
        }
        this.slots = new Semaphore(maxConcurrent, true);
    }

    public Cost cost() {
        return cost;
    }

    /** A fresh salted hash of {@code password} with this hasher's cost. */
    public String hash(String password) {
        checkLength(password);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = run(password, salt, cost, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism() + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code encoded} (compared in constant time). */
    public boolean verify(String password, String encoded) {
        if (password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return false;
        }
        Parsed parsed = parse(encoded);
        byte[] actual = run(password, parsed.salt(), parsed.cost(), parsed.hash().length);
        return MessageDigest.isEqual(actual, parsed.hash());
    }

    private record Parsed(Cost cost, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String encoded) {
        if (encoded == null || !encoded.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Stored password hash does not start with " + PREFIX
                    + "; reset the password with central add-ops-user");
        }
        String[] parts = encoded.substring(PREFIX.length()).split("\\$", -1);
        try {
            String[] params = parts[0].split(",", -1);
            int m = Integer.parseInt(params[0].substring(2));
            int t = Integer.parseInt(params[1].substring(2));
            int p = Integer.parseInt(params[2].substring(2));
            Base64.Decoder b64 = Base64.getDecoder();
            return new Parsed(new Cost(m, t, p), b64.decode(parts[1]), b64.decode(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Stored password hash is malformed (" + e.getMessage()
                    + "); expected $argon2id$v=19$m=<KiB>,t=<n>,p=<n>$<salt>$<hash>", e);
        }
    }

    private byte[] run(String password, byte[] salt, Cost with, int length) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HasherBusyException();
        }
        if (!acquired) {
            throw new HasherBusyException();
        }
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(with.memoryKiB())
                    .withIterations(with.iterations())
                    .withParallelism(with.parallelism())
                    .withSalt(salt)
                    .build());
            byte[] out = new byte[length];
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
            return out;
        } finally {
            slots.release();
        }
    }

    private static void checkLength(String password) {
        if (password == null || password.length() < 10 || password.length() > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("An ops password needs 10.." + MAX_PASSWORD_LENGTH
                    + " characters; the one given has " + (password == null ? 0 : password.length()));
        }
    }
}
