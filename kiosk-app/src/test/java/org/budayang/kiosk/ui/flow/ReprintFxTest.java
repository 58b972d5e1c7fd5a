package org.budayang.kiosk.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.service.ServiceDesk.PendingReprint;
import org.budayang.kiosk.ui.KioskApplication;
import org.budayang.kiosk.ui.reprint.ReprintState;
import org.budayang.kiosk.ui.shell.Screen;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 您有未打印完成的材料 (issue #7) in the real kiosk window under Monocle: an ID card placed on attract identifies the
 * citizen on home, the desk (RecordingDesk, on the kiosk-flow thread) is asked for their unfinished documents, and
 * the robot taps the drawn 重新打印 button.
 */
class ReprintFxTest {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1920-32");
        }
    }

    private static final CardEvent REMOVED = new CardEvent(CardEvent.Type.REMOVED, Instant.EPOCH);

    private final FxRobot robot = new FxRobot();
    private FlowRig rig;
    private KioskApplication app;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Platform.setImplicitExit(false));
    }

    @BeforeEach
    void launch() throws Exception {
        rig = new FlowRig(b -> b, Platform::runLater);
        FxToolkit.setupFixture(() -> {
            app = new KioskApplication(rig.context, true);
            stage = new Stage();
            app.start(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            app.stop();
            stage.hide();
        });
        rig.close();
    }

    private ShellViewModel vm() {
        return app.shell().viewModel();
    }

    private void fx(Runnable task) throws Exception {
        WaitForAsyncUtils.asyncFx(task).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void await(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 10 s for " + what + "; screen " + vm().screenProperty().get()
                    + ", reprint " + vm().reprint().stateProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shows(String text) {
        return robot.lookup(".label").match((Node n) -> n.isVisible() && n instanceof Labeled l
                && l.getText() != null && l.getText().contains(text)).tryQuery().isPresent();
    }

    private void placeCardOnAttract() throws Exception {
        assertEquals(Screen.ATTRACT, vm().screenProperty().get());
        rig.reader.emulator.place(ReaderRig.ZHANG_SAN);
        fx(() -> vm().cardEvent(FlowRig.PLACED));
        await("the citizen identified on home", () -> vm().identified()
                && vm().screenProperty().get() == Screen.HOME);
    }

    private PendingReprint unfinishedProof(Duration ago) {
        return rig.desk.unfinishedPrint(ReaderRig.ZHANG_SAN_ID, "SB-PROOF", "社会保险个人参保证明",
                rig.fixture.clock.instant().minus(ago));
    }

    @Test
    void aPendingDocumentIsOfferedAndPrintedOnceByTheButton() throws Exception {
        PendingReprint proof = unfinishedProof(Duration.ofHours(2));
        placeCardOnAttract();
        await("the offer", () -> vm().reprint().stateProperty().get() == ReprintState.OFFERED);
        assertTrue(robot.lookup("#reprint").query().isVisible());
        assertTrue(shows("您有未打印完成的材料"));
        assertTrue(shows("社会保险个人参保证明"), "the document's title is shown");

        robot.clickOn("#reprint-print-" + proof.transactionId());
        await("请取走", () -> vm().reprint().stateProperty().get() == ReprintState.PRINTED);
        assertTrue(shows("请取走"));
        assertEquals(List.of(proof.transactionId()), rig.desk.reprinted);
        assertEquals(1, rig.desk.calls("reprint"));

        robot.clickOn("#reprint-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ReprintState.NONE, vm().reprint().stateProperty().get(), "nothing else pending");
        assertFalse(robot.lookup("#reprint").query().isVisible());
        assertTrue(rig.desk.pendingReprints(vm().identification().session().orElseThrow().identity()).isEmpty(),
                "printed once: no longer pending");
        assertEquals(1, rig.desk.reprinted.size(), "nothing printed twice");
    }

    @Test
    void nothingIsShownWhenNothingIsPending() throws Exception {
        unfinishedProof(Duration.ofHours(25)); // older than 24 h: no longer offered
        placeCardOnAttract();
        await("the desk asked", () -> rig.desk.calls("pendingReprints") == 1
                && vm().reprint().stateProperty().get() == ReprintState.NONE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#reprint").query().isVisible());
        assertFalse(shows("您有未打印完成的材料"));
        assertEquals(0, rig.desk.calls("reprint"));
    }

    @Test
    void removingTheCardWipesTheOffer() throws Exception {
        unfinishedProof(Duration.ofHours(1));
        placeCardOnAttract();
        await("the offer", () -> vm().reprint().stateProperty().get() == ReprintState.OFFERED);
        rig.reader.emulator.remove();
        fx(() -> vm().cardEvent(REMOVED));
        assertEquals(Screen.ATTRACT, vm().screenProperty().get());
        assertEquals(ReprintState.NONE, vm().reprint().stateProperty().get());
        assertTrue(vm().reprint().pending().isEmpty(), "the titles are gone with the citizen");
        assertFalse(robot.lookup("#reprint").query().isVisible());
        assertEquals(0, rig.desk.calls("reprint"));
    }

    @Test
    void aFailedReprintOffersHelpAndTheDocumentStaysPending() throws Exception {
        PendingReprint proof = unfinishedProof(Duration.ofHours(3));
        rig.desk.failNext("reprint", "PRINTER_JAMMED", "打印机卡纸，请联系工作人员", true);
        placeCardOnAttract();
        await("the offer", () -> vm().reprint().stateProperty().get() == ReprintState.OFFERED);
        robot.clickOn("#reprint-print-" + proof.transactionId());
        await("the failure", () -> vm().reprint().stateProperty().get() == ReprintState.FAILED);
        assertTrue(shows("打印机卡纸"));
        assertTrue(rig.desk.reprinted.isEmpty());
        robot.clickOn("#reprint-help");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.budayang.kiosk.ui.shell.Overlay.HELP, vm().overlayProperty().get());
        assertEquals(ReprintState.NONE, vm().reprint().stateProperty().get());
        assertEquals(1, rig.desk.pendingReprints(vm().identification().session().orElseThrow().identity()).size(),
                "still pending for a later reprint");
    }
}
