package org.budayang.provisioning.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PinHasherTest {
    private static final String FORMAT = "pbkdf2-sha256\\$(\\d+)\\$([A-Za-z0-9+/]{22}==)\\$([A-Za-z0-9+/]{43}=)";

    /** RFC 7914 section 11, the PBKDF2-HMAC-SHA256 vector with 80,000 iterations. */
    @Test
    void derivesTheRfc7914Vector() {
        byte[] key = PinHasher.derive("Password".toCharArray(), "NaCl".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                80_000, 64);

        assertEquals("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d", HexFormat.of().formatHex(key));
    }

    /** The expected string was computed independently with Python's hashlib.pbkdf2_hmac. */
    @Test
    void encodesAKnownPinInTheKiosksFormat() {
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) i;
        }
        byte[] hash = PinHasher.derive("20250617".toCharArray(), salt, 100_000, 32);

        assertEquals("pbkdf2-sha256$100000$AAECAwQFBgcICQoLDA0ODw==$rn7ib3OFjFkdZKbqU63uAyAd/36PegmrXnALTaqgge0=",
                PinHasher.encode(100_000, salt, hash));
    }

    @Test
    void everyHashHasAFreshSaltAndVerifiesAgainstItsPin() {
        PinHasher hasher = new PinHasher(new SecureRandom(), PinHasher.MIN_ITERATIONS);

        String first = hasher.hash("20250617".toCharArray());
        String second = hasher.hash("20250617".toCharArray());

        assertNotEquals(first, second);
        for (String encoded : new String[] {first, second}) {
            assertTrue(encoded.matches(FORMAT), encoded);
            String[] parts = encoded.split("\\$");
            assertEquals("100000", parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            assertArrayEquals(Base64.getDecoder().decode(parts[3]),
                    PinHasher.derive("20250617".toCharArray(), salt, 100_000, 32));
            assertNotEquals(parts[3], Base64.getEncoder().encodeToString(
                    PinHasher.derive("20250618".toCharArray(), salt, 100_000, 32)));
        }
    }

    @Test
    void theDefaultIsAtLeastTheKiosksMinimum() {
        PinHasher hasher = new PinHasher(new SecureRandom(), PinHasher.DEFAULT_ITERATIONS);

        String encoded = hasher.hash("73920461".toCharArray());

        assertTrue(encoded.startsWith("pbkdf2-sha256$600000$"), encoded);
        assertTrue(PinHasher.DEFAULT_ITERATIONS >= 100_000);
    }

    @Test
    void fewerThanTheMinimumIterationsAreRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new PinHasher(new SecureRandom(), 99_999));
        assertEquals("PinHasher needs at least 100000 PBKDF2 iterations, got 99999", error.getMessage());
    }
}
