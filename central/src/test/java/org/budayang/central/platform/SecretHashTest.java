package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.budayang.central.auth.IssuedSecret;
import org.budayang.central.auth.SecretHash;
import org.junit.jupiter.api.Test;

class SecretHashTest {
    @Test
    void anIssuedSecretMatchesTheHashInItsConfigurationLineAndNothingElse() {
        IssuedSecret issued = IssuedSecret.issue("KSK-620102-0007", new SecureRandom());
        assertEquals(43, issued.secret().length());
        String line = issued.configLine();
        assertTrue(line.startsWith("kiosk.KSK-620102-0007.secretHash=pbkdf2-sha256:600000:"), line);
        assertFalse(line.contains(issued.secret()), "the secret itself is never in the configuration");
        SecretHash parsed = SecretHash.parse(line.substring(line.indexOf('=') + 1));
        assertEquals(issued.hash(), parsed);
        assertTrue(parsed.matches(issued.secret()));
        assertFalse(parsed.matches(issued.secret() + "x"));
        assertFalse(issued.toString().contains(issued.secret()));
    }

    @Test
    void theSameSecretGetsADifferentSaltEachTime() {
        SecureRandom random = new SecureRandom();
        SecretHash a = SecretHash.create("same-secret-value", SecretHash.MIN_ITERATIONS, random);
        SecretHash b = SecretHash.create("same-secret-value", SecretHash.MIN_ITERATIONS, random);
        assertFalse(a.encoded().equals(b.encoded()));
        assertTrue(a.matches("same-secret-value") && b.matches("same-secret-value"));
    }

    @Test
    void malformedHashesAreRefusedSayingWhichPart() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SecretHash.parse("sha1:1:a:b"))
                .getMessage().contains("pbkdf2-sha256:<iterations>"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SecretHash.parse("pbkdf2-sha256:many:a:b"))
                .getMessage().contains("'many'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SecretHash.parse("pbkdf2-sha256:1000:AAAAAAAAAAAAAAAAAAAAAA==:AAAA")).getMessage()
                .contains("1000 out of range"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SecretHash.parse("pbkdf2-sha256:600000:!!:AAAA")).getMessage().contains("not valid"));
    }
}
