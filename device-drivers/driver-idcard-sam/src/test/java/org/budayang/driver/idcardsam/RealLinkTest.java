package org.budayang.driver.idcardsam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.driver.Condition;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.idcardsam.emulator.DemoCards;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.budayang.driver.testkit.Await;
import org.budayang.driver.testkit.EmulatorCable;

/**
 * The real driver, created by the provider ServiceLoader finds from link settings (Links.opener), against
 * the reader emulator on the other end of a real link: a socat pty pair at 115200 and at 9600 baud, and a
 * loopback TCP connection. The emulator is unpaced (a pty ignores the baud rate) except in the pacing test.
 */
class RealLinkTest {
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final Duration POLL_FAST = Duration.ofMillis(100);
    /** So long that only the poll at enable runs: scripted answers then go to the test's own read. */
    private static final Duration POLL_NEVER = Duration.ofMinutes(1);

    private final List<CardEvent> events = new CopyOnWriteArrayList<>();
    private ReaderEmulator emulator;
    private EmulatorCable cable;
    private IdCardReader reader;

    @AfterEach
    void unplugEverything() {
        if (reader != null) {
            reader.close();
        }
        if (cable != null) {
            cable.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /** Emulator, cable, and the driver built by the provider from the cable's settings; opened and enabled. */
    private IdCardReader connect(CableKind kind, Duration poll) throws LinkLostException {
        return connect(kind, poll, 0);
    }

    /** As {@link #connect(CableKind, Duration)} with card {@code card} (1-based; 0 = none) on the reader first. */
    private IdCardReader connect(CableKind kind, Duration poll, int card) throws LinkLostException {
        emulator = new ReaderEmulator(ReaderEmulator.withDemoCards(2).cards(), kind.baud());
        if (card > 0) {
            emulator.place(card);
        }
        cable = kind.connect(emulator);
        reader = (IdCardReader) new SamIdCardReaderProvider().create(cable.driverContext("idCardReader",
                "pollInterval", poll.toMillis() + "ms", "commandTimeout", "400ms"));
        reader.onCardEvent(events::add);
        cable.awaitDeviceReady(WAIT);
        reader.open();
        reader.enable();
        return reader;
    }

    private Outcome<IdCard> read() throws LinkLostException {
        return reader.readCard(Deadline.in(Duration.ofSeconds(5)), CancelToken.none());
    }

    /**
     * Connected with card {@code number} on the reader and no poll after the one at enable, which has seen the
     * card: what is scripted next goes to the test's own read.
     */
    private void connectWithCardAndQuietPoll(CableKind kind, int number) throws LinkLostException {
        connect(kind, POLL_NEVER, number);
        Await.until("PLACED", () -> events.stream().anyMatch(e -> e.type() == CardEvent.Type.PLACED), WAIT);
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void readsEveryDemoCardAndNamesTheLinkToTechnicians(CableKind kind) throws LinkLostException {
        connect(kind, POLL_FAST);
        assertEquals("SAM 05.01-20240101-0000001234-0987654321, " + cable.hostDescription(), reader.status().detail());
        assertEquals(Health.ONLINE, reader.status().health());
        for (IdCard card : DemoCards.all()) {
            emulator.place(card);
            assertEquals(Rig.withoutFingerprint(card), read().valueIfSuccess().orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void pollingEmitsPlacedAndRemoved(CableKind kind) throws LinkLostException {
        connect(kind, POLL_FAST);
        emulator.place(2);
        Await.until("PLACED", () -> events.size() == 1, WAIT);
        assertEquals(CardEvent.Type.PLACED, events.get(0).type());
        assertTrue(reader.status().has(Condition.CARD_PRESENT));
        emulator.remove();
        Await.until("REMOVED", () -> events.size() == 2, WAIT);
        assertEquals(CardEvent.Type.REMOVED, events.get(1).type());
        assertFalse(reader.status().has(Condition.CARD_PRESENT));
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void aCardRemovedMidFrameFailsCleanly(CableKind kind) throws LinkLostException {
        connectWithCardAndQuietPoll(kind, 1);
        emulator.removeMidNextRead();
        Outcome.DeviceError<IdCard> error = assertInstanceOf(Outcome.DeviceError.class, read());
        assertEquals("CARD_REMOVED", error.code());
        assertTrue(error.detail().startsWith("the card was taken away during the read (read text + photo: 647 bytes"),
                error.detail());
        assertEquals(CardEvent.Type.REMOVED, events.get(events.size() - 1).type());
        assertFalse(reader.status().has(Condition.CARD_PRESENT));
        assertEquals(Health.ONLINE, reader.status().health());
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void aBadChecksumAnswerIsRefusedAndTheCommandRetried(CableKind kind) throws LinkLostException {
        connectWithCardAndQuietPoll(kind, 3);
        int finds = emulator.received(Command.FIND_CARD);
        emulator.badChecksumOnNextAnswer();
        assertEquals(Rig.withoutFingerprint(DemoCards.all().get(2)), read().valueIfSuccess().orElseThrow());
        assertEquals(finds + 2, emulator.received(Command.FIND_CARD), "the corrupt find answer was retried once");
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void garbageBeforeAnAnswerIsSkippedWithinTheSameExchange(CableKind kind) throws LinkLostException {
        connectWithCardAndQuietPoll(kind, 4);
        int finds = emulator.received(Command.FIND_CARD);
        emulator.garbageBeforeNextAnswer(300);
        assertEquals(Rig.withoutFingerprint(DemoCards.all().get(3)), read().valueIfSuccess().orElseThrow());
        assertEquals(finds + 1, emulator.received(Command.FIND_CARD), "resynchronised without a retry");
        assertEquals(1, emulator.received(Command.READ_TEXT_PHOTO));
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void aSilentReaderTimesOutGoesOfflineAndComesBackOnline(CableKind kind) throws LinkLostException {
        connect(kind, POLL_FAST);
        emulator.place(1);
        Await.until("PLACED", () -> events.stream().anyMatch(e -> e.type() == CardEvent.Type.PLACED), WAIT);
        emulator.silent(true);
        long start = System.nanoTime();
        Outcome.TimedOut<IdCard> timedOut = assertInstanceOf(Outcome.TimedOut.class, read());
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(timedOut.operation().startsWith("readCard: "), timedOut.operation());
        assertTrue(tookMs >= 400 && tookMs < 2000, tookMs + " ms for a 400 ms command timeout");
        assertEquals(Health.OFFLINE, reader.status().health());
        assertEquals(RecommendedAction.RESET, reader.status().action());
        assertTrue(reader.status().detail().contains(cable.hostDescription()), reader.status().detail());
        assertEquals(CardEvent.Type.REMOVED, events.get(events.size() - 1).type(),
                "a reader that went silent cannot vouch for the card: the session holding it must end");
        emulator.silent(false);
        Await.until("ONLINE again", () -> reader.status().health() == Health.ONLINE, WAIT);
        assertTrue(read().isSuccess());
    }

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void unplugLosesTheLinkAndTheReopenedDriverReadsAfterReplug(CableKind kind) throws LinkLostException {
        connect(kind, POLL_FAST);
        emulator.place(1);
        assertTrue(read().isSuccess());
        Await.until("PLACED", () -> events.stream().anyMatch(e -> e.type() == CardEvent.Type.PLACED), WAIT);
        cable.unplug();
        Await.until("OFFLINE noticed by the poll", () -> reader.status().health() == Health.OFFLINE, WAIT);
        // the status and the card event reach their listeners one after the other: wait for the event, not assume it
        Await.until("a lost link ends the card's presence with a REMOVED event",
                () -> !events.isEmpty() && events.get(events.size() - 1).type() == CardEvent.Type.REMOVED, WAIT);
        assertTrue(reader.status().detail().startsWith("link lost: "), reader.status().detail());
        LinkLostException lost = assertThrows(LinkLostException.class, this::read);
        assertTrue(lost.getMessage().contains("idCardReader") || lost.getMessage().contains(cable.hostDescription()),
                lost.getMessage());
        reader.close();
        assertThrows(LinkLostException.class, reader::open, "nothing to open while unplugged");
        Await.until("the emulator's end lost too", () -> cable.deviceLinksServed() >= 1, WAIT);

        cable.replug();
        cable.awaitDeviceReady(WAIT);
        reader.open();
        reader.enable();
        assertEquals(Health.ONLINE, reader.status().health());
        assertEquals(Rig.withoutFingerprint(DemoCards.all().get(0)), read().valueIfSuccess().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(value = CableKind.class, names = {"PTY_115200", "PTY_9600"})
    void pacedAnswersTakeAsLongAsTheLinesBaudRateSays(CableKind kind) throws LinkLostException {
        connectWithCardAndQuietPoll(kind, 1);
        emulator.pace(true);
        long start = System.nanoTime();
        Outcome<IdCard> outcome = reader.readCard(Deadline.in(Duration.ofSeconds(5)), CancelToken.none());
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(outcome.isSuccess(), outcome.toString());
        // find (15 bytes) + select (19) + read (1295) = 1329 bytes × 10 bits: 115 ms at 115200, 1384 ms at 9600
        long expectedMs = 1329L * 10 * 1000 / kind.baud();
        assertTrue(tookMs >= expectedMs && tookMs < expectedMs + 1000, tookMs + " ms, expected about " + expectedMs);
    }
}
