package org.budayang.driver.pcscsscard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;
import org.budayang.driver.Condition;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
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
import org.junit.jupiter.api.Test;

/** The pcsc-sscard driver, built by its provider, over jcardsim's javax.smartcardio terminals. */
class JcardsimReaderTest {
    private static final Duration PATIENT = Duration.ofSeconds(3);
    private SocialSecurityCardReader reader;

    @AfterEach
    void close() {
        if (reader != null) {
            reader.close();
        }
    }

    private SocialSecurityCardReader create(TerminalSource source, Map<String, String> settings) {
        DriverSettings checked = DriverSettings.of("socialCardReader", settings);
        return (SocialSecurityCardReader) new PcscSocialSecurityCardReaderProvider(source)
                .create(new DriverContext("socialCardReader", checked, Clock.systemUTC()));
    }

    private SocialSecurityCardReader enabled(SimCard sim) throws LinkLostException {
        reader = create(sim.source(), Map.of("reader", SimCard.READER, "pollInterval", "50ms"));
        reader.open();
        reader.enable();
        return reader;
    }

    private Outcome<SocialSecurityCard> read() throws LinkLostException {
        return reader.readCard(Deadline.in(PATIENT), CancelToken.none());
    }

    @Test
    void serviceLoaderFindsTheDriverByName() {
        DriverProvider found = ServiceLoader.load(DriverProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("pcsc-sscard")).findFirst().orElseThrow();
        assertEquals(SocialSecurityCardReader.class, found.deviceType());
        assertEquals(PcscSettings.KEYS, found.settingKeys());
    }

    @Test
    void badSettingsAreRefusedNamingKeyAndValue() {
        SimCard sim = SimCard.foreign();
        DriverConfigurationException unknown = assertThrows(DriverConfigurationException.class,
                () -> create(sim.source(), Map.of("readr", "ACS")));
        assertTrue(unknown.getMessage().contains("readr") && unknown.getMessage().contains("pollInterval"),
                unknown.getMessage());
        DriverConfigurationException attempts = assertThrows(DriverConfigurationException.class,
                () -> create(sim.source(), Map.of("readAttempts", "9")));
        assertTrue(attempts.getMessage().contains("readAttempts") && attempts.getMessage().contains("9"),
                attempts.getMessage());
    }

    @Test
    void readsTheCardAndReportsInsertionAndRemoval() throws Exception {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        enabled(sim);
        Events events = new Events();
        reader.onCardEvent(events);
        assertEquals(Health.ONLINE, reader.status().health());
        assertTrue(reader.status().detail().contains("reader 'jcardsim 00'"), reader.status().detail());

        sim.insert();
        assertEquals(CardEvent.Type.PLACED, events.next(PATIENT));
        assertTrue(reader.status().has(Condition.CARD_PRESENT));
        assertEquals(Outcome.success(CardImage.lanzhou().card()), read());

        sim.remove();
        assertEquals(CardEvent.Type.REMOVED, events.next(PATIENT));
        assertTrue(!reader.status().has(Condition.CARD_PRESENT), reader.status().toString());
        Outcome.DeviceError<?> none = assertInstanceOf(Outcome.DeviceError.class, read());
        assertEquals("NO_CARD", none.code());
        assertEquals("no card in reader 'jcardsim 00'", none.detail());
    }

    @Test
    void aThrowingListenerStopsNeitherTheWatcherNorTheOtherListeners() throws Exception {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        enabled(sim);
        reader.onCardEvent(event -> {
            throw new IllegalStateException("kiosk card listener broke on " + event.type());
        });
        reader.onStatusChange(status -> {
            throw new IllegalStateException("kiosk status listener broke on " + status.health());
        });
        Events events = new Events();
        reader.onCardEvent(events);

        sim.insert();
        assertEquals(CardEvent.Type.PLACED, events.next(PATIENT));
        assertEquals(Outcome.success(CardImage.lanzhou().card()), read()); // BUSY and back: status listeners run
        sim.remove();
        assertEquals(CardEvent.Type.REMOVED, events.next(PATIENT));
        sim.insert(); // the watcher is still alive after its listeners threw twice
        assertEquals(CardEvent.Type.PLACED, events.next(PATIENT));
        assertTrue(reader.status().has(Condition.CARD_PRESENT), reader.status().toString());
    }

    @Test
    void aForeignCardIsTheWrongCardAndALockedCardIsLocked() throws Exception {
        SimCard foreign = SimCard.foreign().insert();
        enabled(foreign);
        assertEquals("WRONG_CARD", assertInstanceOf(Outcome.DeviceError.class, read()).code());
        reader.close();
        enabled(SimCard.of(CardImage.linxia()).lock().insert());
        assertEquals("CARD_LOCKED", assertInstanceOf(Outcome.DeviceError.class, read()).code());
        assertEquals(Health.ONLINE, reader.status().health(), "a refusing card is not a reader fault");
    }

    @Test
    void readingBeforeEnableIsRefusedNamingTheState() throws Exception {
        SimCard sim = SimCard.of(CardImage.lanzhou()).insert();
        reader = create(sim.source(), Map.of());
        IllegalStateException closed = assertThrows(IllegalStateException.class, this::read);
        assertTrue(closed.getMessage().contains("readCard") && closed.getMessage().contains("CLOSED"),
                closed.getMessage());
        reader.open();
        assertTrue(reader.refreshStatus(Deadline.in(PATIENT), CancelToken.none()).isSuccess());
        assertTrue(reader.status().has(Condition.CARD_PRESENT), "the poll sees the card: " + reader.status());
    }

    @Test
    void noMatchingReaderIsOfflineNamingTheReadersThereAre() {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        reader = create(sim.source(), Map.of("reader", "ACS ACR39U"));
        LinkLostException lost = assertThrows(LinkLostException.class, reader::open);
        assertTrue(lost.getMessage().contains("no reader matching 'ACS ACR39U'; readers: [jcardsim 00, jcardsim 01]"),
                lost.getMessage());
        assertEquals(Health.OFFLINE, reader.status().health());
        assertTrue(reader.status().detail().contains("no reader matching"), reader.status().detail());
    }

    @Test
    void withoutAReaderSettingTheFirstReaderIsUsed() throws Exception {
        SimCard sim = SimCard.of(CardImage.lanzhou()).insert();
        reader = create(sim.source(), new HashMap<>());
        reader.open();
        reader.enable();
        assertTrue(read().isSuccess());
    }

    @Test
    void closeIsPromptWhileTheWatcherWaitsForACard() throws Exception {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        Duration pollInterval = Duration.ofSeconds(1);
        reader = create(sim.source(), Map.of("reader", SimCard.READER, "pollInterval", pollInterval.toMillis() + "ms"));
        reader.open();
        reader.enable();
        Thread.sleep(100); // the watcher is inside waitForCardPresent(1000)
        long start = System.nanoTime();
        reader.close();
        long took = (System.nanoTime() - start) / 1_000_000;
        // prompt: close waits for the watcher at most one poll interval plus 200 ms (CardWatcher.stop), never
        // for a card; 300 ms more for thread wake-ups on a loaded 2-core build machine
        long bound = pollInterval.toMillis() + 200 + 300;
        assertTrue(took < bound, "close took " + took + " ms with a " + pollInterval.toMillis()
                + " ms poll interval (bound " + bound + " ms)");
        assertEquals(Health.OFFLINE, reader.status().health());
        assertEquals("closed", reader.status().detail());
        long end = System.nanoTime() + 1_500_000_000L;
        while (watcherAlive() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(!watcherAlive(), "the card watcher thread ends after close");
    }

    private static boolean watcherAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("pcsc-sscard-watch") && thread.isAlive());
    }

    @Test
    void aStoppedServiceIsOfflineSayingPcscdIsNotRunning() {
        TerminalSource stopped = new TerminalSource() {
            @Override
            public CardTerminals open() throws CardException {
                throw new CardException("PC/SC context: SCardEstablishContext got response 0x8010001d"
                        + " (SCARD_E_NO_SERVICE: The Smart card resource manager is not running.)");
            }

            @Override
            public String describe() {
                return "PC/SC";
            }
        };
        reader = create(stopped, Map.of());
        LinkLostException lost = assertThrows(LinkLostException.class, reader::open);
        assertTrue(lost.getMessage().contains("pcscd not running: SCARD_E_NO_SERVICE"), lost.getMessage());
        assertEquals(Health.OFFLINE, reader.status().health());
    }
}
