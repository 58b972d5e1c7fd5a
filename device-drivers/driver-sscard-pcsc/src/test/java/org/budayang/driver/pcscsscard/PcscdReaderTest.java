package org.budayang.driver.pcscsscard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.budayang.driver.Condition;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.Health;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.budayang.driver.sscard.SocialSecurityCardReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pcsc-sscard driver as the kiosk runs it (ServiceLoader's provider, the system PC/SC service) through a
 * real pcscd, against the {@link VirtualCard} in vpcd's reader {@code Virtual PCD 00 00}.
 */
class PcscdReaderTest {
    private static final Duration PATIENT = Duration.ofSeconds(5);
    private Pcscd pcscd;
    private VirtualCard card;
    private SocialSecurityCardReader reader;
    private final Events events = new Events();

    @BeforeEach
    void start() {
        pcscd = Pcscd.ensure();
    }

    @AfterEach
    void stop() {
        if (reader != null) {
            reader.close();
        }
        if (card != null) {
            card.close();
        }
        if (pcscd != null) {
            pcscd.start();
            pcscd.awaitNoCard();
        }
    }

    private SocialSecurityCardReader enabled(Map<String, String> extra) throws LinkLostException {
        Map<String, String> settings = new HashMap<>(Map.of("reader", Pcscd.READER, "pollInterval", "100ms"));
        settings.putAll(extra);
        reader = (SocialSecurityCardReader) new PcscSocialSecurityCardReaderProvider().create(new DriverContext(
                "socialCardReader", DriverSettings.of("socialCardReader", settings), Clock.systemUTC()));
        reader.onCardEvent(events);
        reader.open();
        reader.enable();
        return reader;
    }

    private Outcome<SocialSecurityCard> read() throws LinkLostException {
        return reader.readCard(Deadline.in(PATIENT), CancelToken.none());
    }

    private void insert(CardImage image) throws Exception {
        card = VirtualCard.of(image);
        assertEquals(CardEvent.Type.PLACED, events.next(PATIENT), "the reader sees the virtual card");
    }

    @Test
    void readsTheCardThroughPcscdAndSeesItComeAndGo() throws Exception {
        enabled(Map.of());
        assertTrue(reader.status().detail().contains("reader 'Virtual PCD 00 00'"), reader.status().detail());
        insert(CardImage.lanzhou());
        assertTrue(reader.status().has(Condition.CARD_PRESENT));
        assertEquals(Outcome.success(CardImage.lanzhou().card()), read());

        card.remove();
        assertEquals(CardEvent.Type.REMOVED, events.next(PATIENT));
        assertEquals("NO_CARD", assertInstanceOf(Outcome.DeviceError.class, read()).code());
        card.insert();
        assertEquals(CardEvent.Type.PLACED, events.next(PATIENT));
        assertEquals(Outcome.success(CardImage.lanzhou().card()), read());
    }

    @Test
    void aCardPulledMidReadIsCardRemovedAndNothingOfIt() throws Exception {
        enabled(Map.of());
        insert(CardImage.linxia());
        card.removeAfter(5); // select SSSE, select EF05, three records: then gone
        Outcome.DeviceError<?> removed = assertInstanceOf(Outcome.DeviceError.class, read());
        assertEquals("CARD_REMOVED", removed.code(), removed.detail());
        assertTrue(removed.detail().contains("pulled") || removed.detail().contains("left"), removed.detail());
        assertEquals(CardEvent.Type.REMOVED, events.next(PATIENT));
        assertEquals(Health.ONLINE, reader.status().health(), "a pulled card is not a reader fault");
        card.insert();
        assertEquals(CardEvent.Type.PLACED, events.next(PATIENT));
        assertEquals(Outcome.success(CardImage.linxia().card()), read());
    }

    @Test
    void aLockedCardIsLocked() throws Exception {
        enabled(Map.of());
        card = new VirtualCard(SimCard.of(CardImage.lanzhou()).lock(), VirtualCard.VPCD_PORT);
        assertEquals(CardEvent.Type.PLACED, events.next(PATIENT));
        Outcome.DeviceError<?> locked = assertInstanceOf(Outcome.DeviceError.class, read());
        assertEquals("CARD_LOCKED", locked.code(), locked.detail());
    }

    @Test
    void aGarbledAnswerIsReadAgainAndWithOneAttemptItIsCorrupt() throws Exception {
        enabled(Map.of());
        insert(CardImage.lanzhou());
        card.garbage(new byte[] {0x55, 0x10, 0x01});
        assertEquals(Outcome.success(CardImage.lanzhou().card()), read(), "the second attempt reads the card");
        reader.close();
        enabled(Map.of("readAttempts", "1"));
        card.garbage(new byte[] {0x55, 0x10, 0x01});
        Outcome.DeviceError<?> corrupt = assertInstanceOf(Outcome.DeviceError.class, read());
        assertEquals("CORRUPT_RECORD", corrupt.code());
        assertEquals("EF05 record 01: the record's tag is 55, expected 01", corrupt.detail());
    }

    @Test
    void aMalformedAnswerIsReadAgainAndWithOneAttemptItIsAReadError() throws Exception {
        enabled(Map.of());
        insert(CardImage.linxia());
        card.malformed();
        assertEquals(Outcome.success(CardImage.linxia().card()), read(), "the second attempt reads the card");
        reader.close();
        enabled(Map.of("readAttempts", "1"));
        card.malformed();
        Outcome.DeviceError<?> error = assertInstanceOf(Outcome.DeviceError.class, read());
        assertEquals("READ_ERROR", error.code(), error.detail());
    }

    @Test
    void aSilentCardTimesOutWithinTheDeadlineAndTheNextReadWorks() throws Exception {
        enabled(Map.of());
        insert(CardImage.lanzhou());
        card.silent(true);
        long start = System.nanoTime();
        Outcome<SocialSecurityCard> late = reader.readCard(Deadline.in(Duration.ofMillis(800)), CancelToken.none());
        long took = (System.nanoTime() - start) / 1_000_000;
        Outcome.TimedOut<?> timedOut = assertInstanceOf(Outcome.TimedOut.class, late);
        assertTrue(took < 1300, "the deadline of 800 ms held: " + took + " ms");
        assertTrue(timedOut.operation().contains("did not answer"), timedOut.operation());
        assertEquals(Health.OFFLINE, reader.status().health());
        card.silent(false);
        assertEquals(Outcome.success(CardImage.lanzhou().card()), read(), "the card answers again");
        assertEquals(Health.ONLINE, reader.status().health());
    }

    @Test
    void noMatchingReaderNamesTheReadersPcscdHas() {
        reader = (SocialSecurityCardReader) new PcscSocialSecurityCardReaderProvider().create(new DriverContext(
                "socialCardReader", DriverSettings.of("socialCardReader", Map.of("reader", "ACS ACR39U")),
                Clock.systemUTC()));
        LinkLostException lost = assertThrows(LinkLostException.class, reader::open);
        assertTrue(lost.getMessage().contains("PC/SC: no reader matching 'ACS ACR39U'; readers: [Virtual PCD 00 00"),
                lost.getMessage());
        assertEquals(Health.OFFLINE, reader.status().health());
    }

    @Test
    void aPcscdRestartIsRecoveredByReopening() throws Exception {
        pcscd.requireOurs();
        enabled(Map.of());
        insert(CardImage.lanzhou());
        assertTrue(read().isSuccess());

        pcscd.stop();
        LinkLostException lost = assertThrows(LinkLostException.class, this::read);
        assertTrue(lost.getMessage().contains("SCARD_E_NO_SERVICE"), lost.getMessage());
        assertEquals(Health.OFFLINE, reader.status().health());
        reader.close();
        LinkLostException down = assertThrows(LinkLostException.class, reader::open);
        assertTrue(down.getMessage().contains("pcscd not running: SCARD_E_NO_SERVICE"), down.getMessage());

        pcscd.start();
        reader.close();
        reader.open();
        reader.enable();
        long end = System.nanoTime() + PATIENT.toNanos();
        Outcome<SocialSecurityCard> again = read();
        while (!again.isSuccess() && System.nanoTime() < end) { // the card reconnects to the new vpcd
            Thread.sleep(100);
            again = read();
        }
        assertEquals(Outcome.success(CardImage.lanzhou().card()), again, "the same JVM reads again after the restart");
    }
}
