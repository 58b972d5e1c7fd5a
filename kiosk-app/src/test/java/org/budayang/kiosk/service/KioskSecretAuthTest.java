package org.budayang.kiosk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskSecretAuthTest {
    private static final String SECRET = "k3Y-abcdefghijklmnopqrstuvwxyz_0123456789AB";

    @TempDir
    Path dir;

    private Path file(String text, String permissions) throws IOException {
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    @Test
    void readsTheFileCentralWritesAndSetsBothHeadersWithoutShowingTheSecret() throws IOException {
        Path file = file("# Secret of kiosk KSK-620102-0001\nsecret=" + SECRET
                + "\n# Line for central's configuration file (--config):\nkiosk.KSK-620102-0001.secretHash=pbkdf2\n",
                "rw-------");
        KioskSecretAuth auth = KioskSecretAuth.fromFile("KSK-620102-0001", file);
        HttpGet get = new HttpGet("http://127.0.0.1/api/v1/x");
        auth.apply(get);
        assertEquals("KSK-620102-0001", get.getFirstHeader("X-Budayang-Kiosk").getValue());
        assertEquals("Bearer " + SECRET, get.getFirstHeader("Authorization").getValue());
        assertFalse(auth.toString().contains(SECRET) || auth.describe().contains(SECRET));
        assertEquals("KSK-620102-0001", KioskSecretAuth.fromFile("KSK-620102-0001", file(SECRET + "\n", "r--------"))
                .kioskId(), "a file with the secret alone is read too");
    }

    @Test
    void refusesAFileOthersCanReadAMissingFileAndAFileWithoutASecretNamingTheFix() throws IOException {
        IllegalStateException shared = assertThrows(IllegalStateException.class,
                () -> KioskSecretAuth.fromFile("KSK-620102-0001", file("secret=" + SECRET, "rw-r--r--")));
        assertTrue(shared.getMessage().startsWith("KIOSK_SECRET_UNUSABLE") && shared.getMessage().contains("chmod 600"),
                shared.getMessage());
        assertFalse(shared.getMessage().contains(SECRET));

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> KioskSecretAuth.fromFile("KSK-620102-0001", dir.resolve("nope.txt")));
        assertTrue(missing.getMessage().contains("issue-kiosk-secret --kiosk KSK-620102-0001"), missing.getMessage());

        IllegalStateException empty = assertThrows(IllegalStateException.class,
                () -> KioskSecretAuth.fromFile("KSK-620102-0001", file("# nothing\nsecret=short\n", "rw-------")));
        assertTrue(empty.getMessage().contains("found 5 characters"), empty.getMessage());
    }
}
