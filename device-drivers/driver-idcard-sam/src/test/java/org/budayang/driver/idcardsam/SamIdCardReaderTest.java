package org.budayang.driver.idcardsam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.budayang.driver.Condition;
import org.budayang.driver.Health;
import org.budayang.driver.LifecycleException;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcardsam.emulator.DemoCards;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.budayang.driver.testkit.Await;

/** The real driver against the emulator over in-memory pipes, for every scripted case of the emulator. */
class SamIdCardReaderTest {
    private static final Duration WAIT = Duration.ofSeconds(3);
    private Rig rig;

    private Rig enabled(SamSettings settings) throws LinkLostException {
        rig = new Rig(settings);
        rig.reader.open();
        rig.reader.enable();
        return rig;
    }

    @AfterEach
    void close() {
        if (rig != null) {
            rig.close();
        }
    }

    private Outcome<IdCard> read() throws LinkLostException {
        return rig.reader.readCard(Deadline.in(Duration.ofSeconds(5)), CancelToken.none());
    }

    @Test
    void openShowsTheSamIdToTechnicians() throws LinkLostException {
        rig = new Rig(Rig.fast());
        rig.reader.open();
        assertEquals(LifecycleState.OPEN, rig.reader.state());
        assertEquals(Health.ONLINE, rig.reader.status().health());
        assertEquals("SAM 05.01-20240101-0000001234-0987654321, pipe idcard (host end)",
                rig.reader.status().detail());
        assertEquals(1, rig.emulator.received(Command.SAM_STATUS));
        assertEquals(1, rig.emulator.received(Command.SAM_ID));
    }

    @Test
    void readsEveryDemoCardExactly() throws LinkLostException {
        enabled(Rig.fast());
        for (IdCard card : DemoCards.all()) {
            rig.emulator.place(card);
            assertEquals(Rig.withoutFingerprint(card), read().valueIfSuccess().orElseThrow());
        }
    }

    @Test
    void anExpiredCardIsReadAndReportedExpired() throws LinkLostException {
        enabled(Rig.fast());
        rig.emulator.place(5);
        IdCard wang = read().valueIfSuccess().orElseThrow();
        assertEquals("王*明", wang.maskedName());
        assertTrue(wang.isExpiredOn(LocalDate.now()));
    }

    @Test
    void readsTheFingerprintWhenConfigured() throws LinkLostException {
        enabled(new SamSettings(Duration.ofMillis(100), Duration.ofMillis(400), 3, true));
        rig.emulator.place(1);
        IdCard card = read().valueIfSuccess().orElseThrow();
        assertEquals(DemoCards.all().get(0), card);
        assertEquals(1, rig.emulator.received(Command.READ_TEXT_PHOTO_FINGERPRINT));
    }

    @Test
    void noCardIsADeviceError() throws LinkLostException {
        enabled(Rig.fast());
        Outcome.DeviceError<IdCard> error = assertInstanceOf(Outcome.DeviceError.class, read());
        assertEquals("NO_CARD", error.code());
        assertEquals("no card on the reader (find card answered SW3 0x80 (find card failed: no card))",
                error.detail());
    }

    @Test
    void pollingEmitsPlacedAndRemovedAndKeepsCardPresentInTheStatus() throws LinkLostException {
        enabled(Rig.fast());
        rig.emulator.place(2);
        Await.until("PLACED", () -> rig.events.size() == 1, WAIT);
        assertEquals(CardEvent.Type.PLACED, rig.events.get(0).type());
        assertTrue(rig.reader.status().has(Condition.CARD_PRESENT));
        rig.emulator.remove();
        Await.until("REMOVED", () -> rig.events.size() == 2, WAIT);
        assertEquals(CardEvent.Type.REMOVED, rig.events.get(1).type());
        assertFalse(rig.reader.status().has(Condition.CARD_PRESENT));
        assertTrue(rig.emulator.received(Command.FIND_CARD) >= 2);
    }

    @Test
    void aCardRemovedMidFrameGivesCardRemovedAndNothingHalfFilled() throws LinkLostException {
        enabled(Rig.fast());
        rig.emulator.place(1);
        rig.emulator.removeMidNextRead();
        Outcome<IdCard> outcome = read();
        Outcome.DeviceError<IdCard> error = assertInstanceOf(Outcome.DeviceError.class, outcome);
        assertEquals("CARD_REMOVED", error.code());
        assertTrue(error.detail().startsWith("the card was taken away during the read (read text + photo: 647 bytes"),
                error.detail());
        Await.until("REMOVED", () -> rig.events.stream().anyMatch(e -> e.type() == CardEvent.Type.REMOVED), WAIT);
        assertFalse(rig.reader.status().has(Condition.CARD_PRESENT));
    }

    @Test
    void aBadChecksumAnswerIsRetriedAndTheCardRead() throws LinkLostException {
        enabled(Rig.fast());
        rig.emulator.place(3);
        int finds = rig.emulator.received(Command.FIND_CARD);
        rig.reader.disable();
        rig.emulator.badChecksumOnNextAnswer();
        rig.reader.enable();
        assertEquals(Rig.withoutFingerprint(DemoCards.all().get(2)), read().valueIfSuccess().orElseThrow());
        assertTrue(rig.emulator.received(Command.FIND_CARD) >= finds + 2);
    }

    @Test
    void anUnknownCommandAnswerIsACommandError() throws LinkLostException {
        // the poll thread looks once on enable, then sleeps an hour: the scripted answer cannot go to a poll
        rig = new Rig(new SamSettings(Duration.ofHours(1), Duration.ofMillis(400), 3, false));
        rig.emulator.place(1);
        rig.reader.open();
        rig.reader.enable();
        // the poll's answer is in once it reported the card placed
        Await.until("the poll on enable saw the card", () -> !rig.events.isEmpty(), Duration.ofSeconds(5));
        rig.emulator.unknownCommandOnNextAnswer();
        Outcome<IdCard> outcome = rig.reader.readCard(Deadline.in(Duration.ofSeconds(5)), CancelToken.none());
        Outcome.DeviceError<IdCard> error = assertInstanceOf(Outcome.DeviceError.class, outcome);
        assertEquals("COMMAND_ERROR", error.code());
        assertEquals("find card answered SW3 0x21 (the reader does not know the command)", error.detail());
    }

    @Test
    void garbageBeforeAnAnswerIsSkipped() throws LinkLostException {
        enabled(Rig.fast());
        rig.emulator.place(4);
        rig.emulator.garbageBeforeNextAnswer(300);
        assertEquals(Rig.withoutFingerprint(DemoCards.all().get(3)), read().valueIfSuccess().orElseThrow());
    }

    @Test
    void retryableReadFailuresAreRetriedUpToReadAttempts() throws LinkLostException {
        enabled(Rig.fast());
        rig.emulator.place(1);
        rig.emulator.failNextReads(2, Sw3.READ_FAILED);
        assertTrue(read().isSuccess());
        rig.emulator.failNextReads(3, Sw3.READ_FAILED);
        Outcome.DeviceError<IdCard> error = assertInstanceOf(Outcome.DeviceError.class, read());
        assertEquals("READ_FAILED", error.code());
        assertEquals("read text + photo answered SW3 0x41 (reading the card failed) (after 3 attempts)",
                error.detail());
        rig.emulator.failNextReads(1, Sw3.UNKNOWN_CARD_TYPE);
        assertEquals("UNKNOWN_CARD_TYPE", assertInstanceOf(Outcome.DeviceError.class, read()).code());
    }

    @Test
    void aSilentReaderTimesOutGoesOfflineAndComesBack() throws LinkLostException {
        enabled(Rig.fast());
        rig.emulator.place(1);
        rig.emulator.silent(true);
        Outcome.TimedOut<IdCard> timedOut = assertInstanceOf(Outcome.TimedOut.class, read());
        assertTrue(timedOut.operation().startsWith("readCard: "), timedOut.operation());
        assertEquals(Health.OFFLINE, rig.reader.status().health());
        assertEquals(RecommendedAction.RESET, rig.reader.status().action());
        assertTrue(rig.reader.status().detail().contains("within 4"), rig.reader.status().detail());
        rig.emulator.silent(false);
        Await.until("ONLINE again", () -> rig.reader.status().health() == Health.ONLINE, WAIT);
        assertTrue(read().isSuccess());
    }

    @Test
    void slowAnswersWithinTheTimeoutAreFineAndTheDeadlineIsHonoured() throws LinkLostException {
        enabled(new SamSettings(Duration.ofSeconds(10), Duration.ofSeconds(1), 3, false));
        rig.emulator.place(1);
        rig.emulator.slow(Duration.ofMillis(150));
        assertTrue(read().isSuccess());
        long start = System.nanoTime();
        Outcome<IdCard> late = rig.reader.readCard(Deadline.in(Duration.ofMillis(200)), CancelToken.none());
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertInstanceOf(Outcome.TimedOut.class, late);
        assertTrue(tookMs < 600, tookMs + " ms");
        assertEquals(Health.ONLINE, rig.reader.status().health(), "a short caller deadline is not an offline reader");
    }

    @Test
    void aLateAnswerIsNotTakenForTheAnswerToTheNextCommand() throws LinkLostException {
        rig = new Rig(new SamSettings(Duration.ofSeconds(30), Duration.ofSeconds(1), 1, false));
        rig.emulator.place(1);
        rig.reader.open();
        rig.reader.enable();
        Await.until("PLACED", () -> rig.events.size() == 1, WAIT);
        rig.emulator.slow(Duration.ofMillis(200));
        // find card times out for the caller; its answer (card found) comes 100 ms later, while the next
        // read waits for its own find, then for select, which must not take the other find's answer
        assertInstanceOf(Outcome.TimedOut.class, rig.reader.readCard(Deadline.in(Duration.ofMillis(100)),
                CancelToken.none()));
        assertEquals(Rig.withoutFingerprint(DemoCards.all().get(0)), read().valueIfSuccess().orElseThrow());
        assertEquals(Health.ONLINE, rig.reader.status().health());
    }

    @Test
    void aReaderThatWasSlowAnswersAtOnceWhenMadeFastAgain() throws LinkLostException {
        enabled(new SamSettings(Duration.ofSeconds(30), Duration.ofSeconds(1), 3, false));
        rig.emulator.place(1);
        rig.emulator.slow(Duration.ofSeconds(5));
        assertInstanceOf(Outcome.TimedOut.class, rig.reader.readCard(Deadline.in(Duration.ofMillis(200)),
                CancelToken.none()));
        rig.emulator.slow(Duration.ZERO);
        long start = System.nanoTime();
        assertTrue(read().isSuccess());
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMs < 1000, "the read after 'slow 0' took " + tookMs + " ms");
    }

    @Test
    void noiseSentUnaskedBetweenReadsDoesNotBreakTheNextRead() throws LinkLostException {
        enabled(Rig.fast());
        rig.emulator.place(2);
        assertTrue(read().isSuccess());
        byte[] noise = new byte[200];
        new java.util.Random(7).nextBytes(noise);
        rig.emulator.sendUnasked(noise);
        assertEquals(Rig.withoutFingerprint(DemoCards.all().get(1)), read().valueIfSuccess().orElseThrow());
    }

    @Test
    void cancelStopsAReadBetweenFrames() throws Exception {
        enabled(new SamSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 3, false));
        rig.emulator.place(1);
        rig.emulator.slow(Duration.ofMillis(300));
        CancelToken cancel = new CancelToken();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            cancel.cancel();
        });
        canceller.start();
        long start = System.nanoTime();
        Outcome<IdCard> outcome = rig.reader.readCard(Deadline.in(Duration.ofSeconds(5)), cancel);
        assertEquals(new Outcome.Cancelled<IdCard>("readCard"), outcome);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 250);
        canceller.join();
    }

    @Test
    void aFailedSamIsAHardwareErrorForMaintenance() throws LinkLostException {
        rig = new Rig(Rig.fast());
        rig.emulator.samStatus(Sw3.SAM_SELF_TEST_FAILED);
        rig.reader.open();
        assertEquals(Health.HARDWARE_ERROR, rig.reader.status().health());
        assertEquals(RecommendedAction.MAINTENANCE, rig.reader.status().action());
        assertTrue(rig.reader.status().detail().startsWith("SAM status SW3 0x60 (SAM self-test failed); SAM 05.01"));
        rig.emulator.samStatus(Sw3.SUCCESS);
        Outcome<org.budayang.driver.DeviceStatus> refreshed = rig.reader.refreshStatus(Deadline.in(Duration.ofSeconds(1)),
                CancelToken.none());
        assertEquals(Health.ONLINE, refreshed.valueIfSuccess().orElseThrow().health());
    }

    @Test
    void operationsAreGuardedByTheLifecycle() throws LinkLostException {
        rig = new Rig(Rig.fast());
        LifecycleException closed = assertThrows(LifecycleException.class, this::read);
        assertEquals("idCardReader (idcard-sam): cannot readCard while CLOSED; readCard is allowed only when ENABLED",
                closed.getMessage());
        rig.reader.open();
        assertThrows(LifecycleException.class, this::read);
        rig.reader.close();
        assertEquals(LifecycleState.CLOSED, rig.reader.state());
        rig.reader.close();
    }

    @Test
    void aLostLinkThrowsAndReportsOffline() throws LinkLostException {
        enabled(Rig.fast());
        rig.emulator.place(1);
        rig.unplug();
        assertThrows(LinkLostException.class, this::read);
        assertEquals(Health.OFFLINE, rig.reader.status().health());
        assertTrue(rig.reader.status().detail().startsWith("link lost: "), rig.reader.status().detail());
        rig.reader.close();
        rig.reader.open();
        rig.reader.enable();
        assertEquals(Health.ONLINE, rig.reader.status().health());
        assertTrue(read().isSuccess());
    }

    @Test
    void aReaderThatNeverAnswersFailsTheOpen() {
        rig = new Rig(Rig.fast());
        rig.emulator.silent(true);
        LinkLostException lost = assertThrows(LinkLostException.class, rig.reader::open);
        assertEquals("pipe idcard (host end): the reader gave no valid answer to SAM status within 400 ms (silence);"
                + " check its power and cable, the port and the baud rate", lost.getMessage());
        assertEquals(LifecycleState.CLOSED, rig.reader.state());
        assertEquals(Health.OFFLINE, rig.reader.status().health());
    }

    @Test
    void statusChangesArePublished() throws LinkLostException {
        enabled(Rig.fast());
        rig.emulator.place(1);
        read();
        List<Health> seen = rig.statuses.stream().map(org.budayang.driver.DeviceStatus::health).toList();
        assertTrue(seen.contains(Health.ONLINE) && seen.contains(Health.BUSY), seen.toString());
    }

    @Test
    void pacedAnswersTakeAsLongAsTheBaudRateSays() throws LinkLostException {
        enabled(new SamSettings(Duration.ofSeconds(10), Duration.ofSeconds(2), 1, false));
        rig.emulator.place(1);
        rig.emulator.pace(true);
        long start = System.nanoTime();
        assertTrue(read().isSuccess());
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        // find (15 bytes) + select (19) + read (1295) = 1329 bytes × 10 bits at 115200 baud ≈ 115 ms
        assertTrue(tookMs >= 112 && tookMs < 1000, tookMs + " ms");
    }
}
