package org.budayang.kiosk.ui.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Identification against the real driver and its emulator, without the JavaFX toolkit (same-thread executors). */
class IdentificationViewModelTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-26T02:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);

    private ReaderRig rig;
    private IdentificationViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        rig = new ReaderRig();
        vm = new IdentificationViewModel(rig.sameThread(), MESSAGES, TODAY);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void aValidCardIdentifiesTheHolderMasked() {
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        assertTrue(vm.read());
        assertEquals(IdentificationState.IDENTIFIED, vm.stateProperty().get());
        assertEquals("张*", vm.holderNameProperty().get());
        assertEquals("620102********0034", vm.holderIdNumberProperty().get());
        assertEquals("取走身份证即结束办理", vm.messageProperty().get());
        assertEquals(ReaderRig.ZHANG_SAN_ID, vm.session().orElseThrow().card().idNumber(),
                "the session holds the card as read, for the flows");
        assertFalse(vm.read(), "no second read while a citizen is identified");
    }

    @Test
    void theWipeEndsTheSessionAndNullsTheCard() {
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        vm.read();
        CitizenSession session = vm.session().orElseThrow();
        vm.wipe();
        assertTrue(session.isWiped());
        assertTrue(vm.session().isEmpty());
        assertEquals(IdentificationState.NONE, vm.stateProperty().get());
        assertEquals("", vm.holderNameProperty().get());
        assertEquals("", vm.holderIdNumberProperty().get());
        assertEquals("", vm.messageProperty().get());
    }

    @Test
    void anExpiredCardDoesNotIdentify() {
        rig.emulator.place(ReaderRig.EXPIRED_CARD);
        vm.read();
        assertEquals(IdentificationState.EXPIRED, vm.stateProperty().get());
        assertEquals("身份证已过有效期，请到窗口换领", vm.messageProperty().get());
        assertTrue(vm.session().isEmpty());
        assertEquals("", vm.holderNameProperty().get());
        assertFalse(vm.cardRemoved(), "nobody was identified, so there is no session to end");
        assertEquals(IdentificationState.NONE, vm.stateProperty().get(), "the message goes with the card");
    }

    @Test
    void aCardTakenAwayMidReadSaysWhatToDoAndCanBeReadAgain() {
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        rig.emulator.removeMidNextRead();
        vm.read();
        assertEquals(IdentificationState.FAILED, vm.stateProperty().get());
        assertEquals("未能读取身份证。请将身份证平放在感应区，不要移动", vm.messageProperty().get());
        assertTrue(vm.session().isEmpty());

        rig.emulator.place(ReaderRig.ZHANG_SAN);
        assertTrue(vm.read(), "重新读取 is allowed after a failure");
        assertEquals(IdentificationState.IDENTIFIED, vm.stateProperty().get());
    }

    @Test
    void noCardOnTheReaderIsAFailedRead() {
        vm.read();
        assertEquals(IdentificationState.FAILED, vm.stateProperty().get());
        assertEquals("未能读取身份证。请将身份证平放在感应区，不要移动", vm.messageProperty().get());
    }

    @Test
    void aSilentReaderTimesOutAndSaysWhatToDo() {
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        rig.emulator.silent(true);
        long start = System.nanoTime();
        vm.read();
        assertEquals(IdentificationState.FAILED, vm.stateProperty().get());
        assertEquals("未能读取身份证。请将身份证平放在感应区，不要移动", vm.messageProperty().get());
        assertTrue(System.nanoTime() - start < 4_000_000_000L, "the read ends within its deadline");
    }

    @Test
    void aReaderThatIsNotEnabledOrAbsentIsReportedAsUnavailable() {
        rig.reader.close();
        vm.read();
        assertEquals(IdentificationState.FAILED, vm.stateProperty().get());
        assertEquals("身份证阅读器暂不可用，请稍后再试，或拨打 12345 咨询", vm.messageProperty().get());

        IdentificationViewModel none = new IdentificationViewModel(IdCardAccess.none(), MESSAGES, TODAY);
        none.read();
        assertEquals(IdentificationState.FAILED, none.stateProperty().get());
        assertEquals("身份证阅读器暂不可用，请稍后再试，或拨打 12345 咨询", none.messageProperty().get());
    }

    @Test
    void aResultArrivingAfterTheWipeIsDropped() {
        Deque<Runnable> device = new ArrayDeque<>();
        IdentificationViewModel queued = new IdentificationViewModel(rig.access(device::add, Runnable::run),
                MESSAGES, TODAY);
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        queued.read();
        assertEquals(IdentificationState.READING, queued.stateProperty().get());
        assertEquals("正在读取身份证，请不要移动……", queued.messageProperty().get());
        queued.wipe();
        device.pop().run();
        assertEquals(IdentificationState.NONE, queued.stateProperty().get());
        assertTrue(queued.session().isEmpty(), "a read that ends after the wipe identifies nobody");
        assertEquals("", queued.holderNameProperty().get());
    }

    @Test
    void removingTheCardWhileReadingCancelsTheRead() {
        Deque<Runnable> device = new ArrayDeque<>();
        IdentificationViewModel queued = new IdentificationViewModel(rig.access(device::add, Runnable::run),
                MESSAGES, TODAY);
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        queued.read();
        assertFalse(queued.cardRemoved(), "nobody identified yet");
        device.pop().run();
        assertEquals(IdentificationState.NONE, queued.stateProperty().get(), "a cancelled read shows nothing");
        assertTrue(queued.session().isEmpty());
    }
}
