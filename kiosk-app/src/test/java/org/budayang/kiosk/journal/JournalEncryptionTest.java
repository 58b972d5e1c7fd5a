package org.budayang.kiosk.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.budayang.kiosk.security.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalEncryptionTest {
    @TempDir
    Path dir;

    @Test
    void theFileNeverHoldsTheIdNumberOrTheNameAndTheLogsNeither() throws Exception {
        String txId;
        try (LogCapture logs = new LogCapture("org.budayang.kiosk.journal");
                Journal journal = JournalFixture.open(dir)) {
            JournalTx tx = journal.begin("APPLY", "XK00002001", JournalFixture.PERSONAL);
            txId = tx.id();
            tx.intend("SUBMIT", JournalFixture.PERSONAL).done(JournalFixture.PERSONAL,
                    OutboxMessage.of("TX_RECORD", "/api/v1/records", JournalFixture.PERSONAL));
            tx.finish();
            assertEquals(JournalFixture.PERSONAL, journal.personalData(txId).orElseThrow());
            for (String line : logs.everything()) {
                assertFalse(line.contains(JournalFixture.ID_NUMBER) || line.contains(JournalFixture.NAME), line);
            }
            assertBytesFree(dir);
        }
        assertBytesFree(dir); // after the checkpoint at close, in the main file as well
    }

    @Test
    void aWrongKeyCannotReadTheColumn() throws Exception {
        String txId;
        try (Journal journal = JournalFixture.open(dir)) {
            txId = journal.begin("APPLY", "XK00002001", JournalFixture.PERSONAL).id();
        }
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        SecretKey other = generator.generateKey();
        try (Journal journal = Journal.open(dir.resolve("journal.db"), new PersonalCipher(other), Clock.systemUTC(),
                Duration.ofDays(7))) {
            JournalException e = assertThrows(JournalException.class, () -> journal.personalData(txId));
            assertEquals(JournalException.UNREADABLE, e.code());
            assertTrue(e.getMessage().contains(txId + ":personal failed AES-GCM authentication"), e.getMessage());
            assertEquals("APPLY", journal.find(txId).orElseThrow().kind(), "ops columns stay readable");
        }
    }

    @Test
    void aTamperedOrMovedCiphertextIsRefused() {
        try (Journal journal = JournalFixture.open(dir)) {
            String a = journal.begin("APPLY", "XK00002001", JournalFixture.PERSONAL).id();
            String b = journal.begin("APPLY", "XK00002001", "{\"name\":\"李四\"}").id();
            byte[] stored = personalBytes(journal, a);
            stored[stored.length - 20] ^= 0x01;
            setPersonal(journal, a, stored);
            JournalException tampered = assertThrows(JournalException.class, () -> journal.personalData(a));
            assertEquals(JournalException.UNREADABLE, tampered.code());

            setPersonal(journal, a, personalBytes(journal, b));
            JournalException moved = assertThrows(JournalException.class, () -> journal.personalData(a),
                    "the transaction id is the associated data");
            assertEquals(JournalException.UNREADABLE, moved.code());
            assertEquals("{\"name\":\"李四\"}", journal.personalData(b).orElseThrow());
        }
    }

    @Test
    void eachValueHasItsOwnNonce() {
        try (Journal journal = JournalFixture.open(dir)) {
            byte[] one = personalBytes(journal, journal.begin("APPLY", "XK1", JournalFixture.PERSONAL).id());
            byte[] two = personalBytes(journal, journal.begin("APPLY", "XK1", JournalFixture.PERSONAL).id());
            assertEquals(1 + 12 + JournalFixture.PERSONAL.getBytes(StandardCharsets.UTF_8).length + 16, one.length);
            assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOfRange(one, 1, 13),
                    java.util.Arrays.copyOfRange(two, 1, 13)));
        }
    }

    @Test
    void theKeyStoreIsCreatedOwnerOnlyAndGivesTheSameKeyAgain() throws Exception {
        SecretKey first = JournalKeyStore.openOrCreate(dir);
        assertEquals(256, first.getEncoded().length * 8);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(JournalKeyStore.KEY_FILE))));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(JournalKeyStore.PASSWORD_FILE))));
        assertArrayEquals(first.getEncoded(), JournalKeyStore.openOrCreate(dir).getEncoded());

        Files.setPosixFilePermissions(dir.resolve(JournalKeyStore.KEY_FILE), PosixFilePermissions.fromString("rw-r--r--"));
        JournalException open = assertThrows(JournalException.class, () -> JournalKeyStore.openOrCreate(dir));
        assertEquals(JournalException.KEY_STORE, open.code());
        assertTrue(open.getMessage().contains("has permissions rw-r--r--; expected rw------- (run chmod 600"),
                open.getMessage());

        Files.setPosixFilePermissions(dir.resolve(JournalKeyStore.KEY_FILE), PosixFilePermissions.fromString("rw-------"));
        Files.delete(dir.resolve(JournalKeyStore.PASSWORD_FILE));
        JournalException lost = assertThrows(JournalException.class, () -> JournalKeyStore.openOrCreate(dir));
        assertTrue(lost.getMessage().contains("without " + dir.resolve(JournalKeyStore.PASSWORD_FILE)),
                lost.getMessage());
    }

    private static void assertBytesFree(Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().startsWith("journal.db")).forEach(files::add);
        }
        assertFalse(files.isEmpty());
        boolean plainColumnSeen = false;
        for (Path file : files) {
            plainColumnSeen |= contains(Files.readAllBytes(file), "XK00002001".getBytes(StandardCharsets.UTF_8));
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : List.of(JournalFixture.ID_NUMBER, JournalFixture.NAME)) {
                assertFalse(contains(bytes, secret.getBytes(StandardCharsets.UTF_8)), file + " holds " + secret.length()
                        + " characters of personal data in clear");
                assertFalse(contains(bytes, secret.getBytes(StandardCharsets.UTF_16LE)), file.toString());
            }
        }
        assertTrue(plainColumnSeen, "the search sees the plain item code column, so it would see a plain ID number");
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static byte[] personalBytes(Journal journal, String txId) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT personal FROM journal_tx WHERE id = ?")) {
                ps.setString(1, txId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            }
        });
    }

    private static void setPersonal(Journal journal, String txId, byte[] value) {
        journal.write("tamper", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE journal_tx SET personal = ? WHERE id = ?")) {
                ps.setBytes(1, value);
                ps.setString(2, txId);
                return ps.executeUpdate();
            }
        });
    }
}
