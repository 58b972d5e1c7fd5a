package org.budayang.kiosk.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.security.MutableClock;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceDesk.PendingReprint;
import org.budayang.kiosk.ui.reprint.ReprintState;
import org.budayang.kiosk.ui.reprint.ReprintViewModel;
import org.junit.jupiter.api.Test;

/** The reprint offer's rules without the toolkit: work and fx executors are queues the test runs by hand. */
class ReprintViewModelTest {
    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-27T02:00:00Z"));
    private final RecordingDesk desk = new RecordingDesk(clock);
    private final Queue<Runnable> work = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final ReprintViewModel vm = new ReprintViewModel(desk, work::add, fx::add);
    private final CitizenIdentity zhang = new CitizenIdentity(CitizenIdentity.CertType.IDCARD, ReaderRig.ZHANG_SAN_ID,
            "");

    private static void drain(Queue<Runnable> q) {
        while (!q.isEmpty()) {
            q.poll().run();
        }
    }

    private void settle() {
        while (!work.isEmpty() || !fx.isEmpty()) {
            drain(work);
            drain(fx);
        }
    }

    private PendingReprint pending(String title) {
        return desk.unfinishedPrint(ReaderRig.ZHANG_SAN_ID, "SB-PROOF", title, clock.instant().minusSeconds(600));
    }

    @Test
    void twoDocumentsArePrintedOneAfterTheOtherEachOnce() {
        PendingReprint a = pending("社会保险个人参保证明");
        PendingReprint b = pending("受理凭证");
        vm.check(zhang);
        assertEquals(ReprintState.CHECKING, vm.stateProperty().get(), "the desk is not called on the FX thread");
        assertEquals(0, desk.calls("pendingReprints"));
        settle();
        assertEquals(List.of(a, b), vm.pending());
        vm.reprint(a);
        settle();
        assertEquals(ReprintState.PRINTED, vm.stateProperty().get());
        assertEquals(List.of("正在重新打印社会保险个人参保证明……", "正在打印第1页……"), vm.progress());
        assertEquals("社会保险个人参保证明", vm.messageProperty().get());
        assertThrows(IllegalStateException.class, () -> vm.reprint(b), "not while 请取走 is shown");
        vm.next();
        assertEquals(ReprintState.OFFERED, vm.stateProperty().get());
        assertEquals(List.of(b), vm.pending());
        vm.reprint(b);
        settle();
        vm.next();
        assertEquals(ReprintState.NONE, vm.stateProperty().get());
        assertEquals(List.of(a.transactionId(), b.transactionId()), desk.reprinted);
    }

    @Test
    void anAnswerArrivingAfterTheWipeIsDropped() {
        pending("社会保险个人参保证明");
        vm.check(zhang);
        drain(work); // the desk answered, the answer waits for the FX thread
        vm.wipe(); // the card was taken away meanwhile
        drain(fx);
        assertEquals(ReprintState.NONE, vm.stateProperty().get());
        assertTrue(vm.pending().isEmpty());
    }

    @Test
    void aDocumentNotOfferedIsRefusedAndAnUnavailableDeskIsNotAsked() {
        PendingReprint a = pending("社会保险个人参保证明");
        vm.check(zhang);
        settle();
        PendingReprint other = new PendingReprint("KTX-99999999", "X", "别的", clock.instant());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> vm.reprint(other));
        assertTrue(e.getMessage().contains("KTX-99999999"), e.getMessage());
        vm.decline();
        assertEquals(ReprintState.NONE, vm.stateProperty().get());
        assertEquals(1, desk.pendingReprints(zhang).size(), "不用了 leaves " + a.title() + " pending");

        ReprintViewModel none = new ReprintViewModel(ServiceDesk.unavailable("test", "0931-1"), work::add, fx::add);
        none.check(zhang);
        assertTrue(work.isEmpty(), "no call to a desk that is not there");
        assertEquals(ReprintState.NONE, none.stateProperty().get());
        clock.advance(Duration.ofHours(25));
        assertTrue(desk.pendingReprints(zhang).isEmpty(), "pending only for 24 h");
    }
}
