package org.budayang.kiosk.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.budayang.api.services.TransactionRecord;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.KioskApplication;
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
 * The real kiosk window (KioskApplication with the kiosk's own flow runtime: a kiosk-flow thread and
 * Platform::runLater) under Monocle, driven by the TestFX robot: every tap is a real click on a drawn button.
 */
class FlowFxTest {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1920-32");
        }
    }

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger taps = new AtomicInteger();
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
                    + ", flow " + vm().flow().status().stateProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the visible node with this text (a button or toggle), counting the tap. */
    private void tap(String selector, String text) {
        Node node = robot.lookup(selector).match((Node n) -> n.isVisible() && n instanceof Labeled l
                && text.equals(l.getText())).query();
        robot.clickOn(node);
        taps.incrementAndGet();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tap(String id) {
        robot.clickOn(id);
        taps.incrementAndGet();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRefusalThatRetryingCannotChangeOffersHomeAndHelpButNoRetry() throws Exception {
        rig.desk.failNext("query", "NOT_A_PENSIONER", "您不是养老保险待遇领取人员，无需进行资格认证。", false);
        startWithCard(FlowRig.RIGHTS_RECORD, FlowState.FAILED);
        await("the failure", () -> robot.lookup("#flow-failure").tryQuery().isPresent());
        assertEquals("您不是养老保险待遇领取人员，无需进行资格认证。", robot.lookup("#flow-failure").queryLabeled().getText());
        assertTrue(robot.lookup("#flow-retry").tryQuery().isEmpty(), "no 重试 where retrying changes nothing");
        assertTrue(robot.lookup("#flow-call-help").tryQuery().isPresent(), "呼叫帮办");
        assertEquals("返回首页", robot.lookup("#flow-go-home").queryButton().getText());
        tap("#flow-go-home");
        assertEquals(Screen.HOME, vm().screenProperty().get());
        assertFalse(vm().identified(), "the citizen is wiped");
        assertEquals(TransactionRecord.Outcome.FAILED, rig.desk.last().outcome);
        assertEquals("NOT_A_PENSIONER", rig.desk.last().failureCode);
    }

    /** From the guide to the card on the reader: the steps before the counted taps. */
    private void startWithCard(String itemName) throws Exception {
        startWithCard(itemName, FlowState.READY);
    }

    private void startWithCard(String itemName, FlowState expected) throws Exception {
        fx(() -> {
            vm().start();
            vm().openItem(rig.item(itemName));
            vm().startItem();
            vm().identificationChoice().choose(IdentificationWay.ID_CARD);
        });
        rig.reader.emulator.place(ReaderRig.ZHANG_SAN);
        fx(() -> vm().cardEvent(FlowRig.PLACED));
        await("the face screen", () -> vm().screenProperty().get() == Screen.FACE);
        for (int i = 0; i < 3; i++) {
            rig.showFace();
            WaitForAsyncUtils.waitForFxEvents();
        }
        await("the flow screen", () -> vm().screenProperty().get() == Screen.FLOW
                && vm().flow().status().stateProperty().get() == expected);
    }

    @Test
    void insuranceProofTakesAtMostSixTapsAfterTheCardIsPlaced() throws Exception {
        startWithCard(FlowRig.INSURANCE_PROOF);
        assertTrue(robot.lookup("#flow-next").queryButton().isDisabled(), "下一步 waits for the choices");
        tap(".flow-choice", "参保证明");
        tap(".flow-choice", "2026");
        tap("#flow-next");
        await("the evaluation", () -> robot.lookup("#flow-evaluate").tryQuery().isPresent());
        assertEquals(1, rig.desk.last().printsDelivered.get());
        tap("#flow-rate-VERY_SATISFIED");
        await("the finish screen", () -> robot.lookup("#flow-finish").tryQuery().isPresent());
        assertEquals(1, rig.desk.evaluations.size());
        tap("#flow-home");
        assertEquals(Screen.HOME, vm().screenProperty().get());
        assertFalse(vm().identified());
        assertTrue(taps.get() <= 6, taps.get() + " taps after the card was placed");
    }

    @Test
    void aFailedPrintShowsTheReasonAndPrintAgainPrintsOnce() throws Exception {
        rig.desk.failNext("print", "PRINTER_PAPER_OUT", "打印纸用完了，本次没有打印成功", true);
        startWithCard(FlowRig.INSURANCE_PROOF);
        tap(".flow-choice", "缴费明细");
        tap(".flow-choice", "2025");
        tap("#flow-next");
        await("the print failure", () -> robot.lookup("#flow-retry").tryQuery().isPresent());
        assertEquals("打印纸用完了，本次没有打印成功", robot.lookup("#flow-failure").queryLabeled().getText());
        tap("#flow-retry");
        await("the evaluation", () -> robot.lookup("#flow-evaluate").tryQuery().isPresent());
        assertEquals(2, rig.desk.calls("print"));
        assertEquals(1, rig.desk.last().printsDelivered.get());
    }

    @Test
    void helpOnAStepShowsTheExpectedWait() throws Exception {
        startWithCard(FlowRig.INSURANCE_PROOF);
        tap("#nav-help");
        await("the help panel", () -> robot.lookup("#flow-help-wait").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#flow-help").query().isVisible());
        assertEquals("预计等待：约5分钟", robot.lookup("#flow-help-wait").queryLabeled().getText());
        tap("#nav-back");
        assertEquals(Screen.GUIDE, vm().screenProperty().get(), "返回 on the first asking step leaves the item");
    }
}
