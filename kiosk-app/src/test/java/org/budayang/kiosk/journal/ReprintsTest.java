package org.budayang.kiosk.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.budayang.kiosk.security.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReprintsTest {
    private static final String ID = "620102195803150034";

    @TempDir
    Path dir;

    @Test
    void aReprintIsFoundByItsCitizensHashOnlyWithinItsWindowAndPrintsOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
        try (Journal journal = JournalFixture.open(dir, clock)) {
            JournalTx tx = journal.begin("SERVICE", "620102-SB01-GG00032001", "{\"idNumber\":\"" + ID + "\"}");
            journal.reprints().offer(tx.id(), ID, tx.itemCode(), "社会保险个人权益记录", "{\"plan\":\"" + ID + "\"}",
                    Duration.ofHours(24));
            assertEquals(1, journal.reprints().pending(ID).size());
            assertTrue(journal.reprints().pending("11010519491231002X").isEmpty(), "another citizen sees nothing");
            assertEquals("{\"plan\":\"" + ID + "\"}", journal.reprints().pending(ID).get(0).plan());

            JournalTx reprint = journal.begin("REPRINT", tx.itemCode(), null);
            journal.reprints().claim(tx.id(), reprint.id());
            assertTrue(journal.reprints().pending(ID).isEmpty(), "claimed: not offered twice at once");
            assertEquals(tx.id(), journal.reprints().claimedBy(reprint.id()).orElseThrow());
            journal.reprints().release(tx.id());
            journal.reprints().claim(tx.id(), reprint.id());
            journal.reprints().printed(tx.id());
            assertEquals("PRINTED", journal.reprints().state(tx.id()).orElseThrow());
            JournalException again = assertThrows(JournalException.class,
                    () -> journal.reprints().claim(tx.id(), reprint.id()));
            assertEquals(JournalException.REFUSED, again.code());

            JournalTx late = journal.begin("SERVICE", "620102-SB01-GG00032001", null);
            journal.reprints().offer(late.id(), ID, late.itemCode(), "参保证明", "{}", Duration.ofHours(24));
            clock.advance(Duration.ofHours(25));
            assertTrue(journal.reprints().pending(ID).isEmpty(), "past the window");
            journal.purge();
            assertNull(journal.reprints().pendingOf(late.id()).orElse(null));
        }
        String raw = new String(Files.readAllBytes(dir.resolve("journal.db")), StandardCharsets.UTF_8);
        assertFalse(raw.contains(ID), "the ID number is neither in the hash column nor in plain text");
    }

    private static javax.crypto.SecretKey aesKey() {
        try {
            javax.crypto.KeyGenerator generator = javax.crypto.KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theLookupHashIsKeyedSoAnotherKioskCannotMatchIt() {
        PersonalCipher one = new PersonalCipher(aesKey());
        PersonalCipher other = new PersonalCipher(aesKey());
        assertEquals(one.lookupHash(ID), one.lookupHash(ID));
        assertNotEquals(one.lookupHash(ID), other.lookupHash(ID));
        assertEquals(64, one.lookupHash(ID).length());
    }
}
