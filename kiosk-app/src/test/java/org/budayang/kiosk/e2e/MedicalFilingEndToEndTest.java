package org.budayang.kiosk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.IdNumber;
import org.budayang.central.identity.face.LiveCaptureSimulator;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.Still;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.security.LogCapture;
import org.budayang.kiosk.service.CentralProcess;
import org.budayang.kiosk.service.DeskEvents;
import org.budayang.kiosk.service.DeskRig;
import org.budayang.kiosk.service.PrinterRig;
import org.budayang.kiosk.ui.KioskApplication;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.face.FaceCaptureViewModel;
import org.budayang.kiosk.speech.PromptSpeaker;
import org.budayang.kiosk.ui.flow.FlowRuntime;
import org.budayang.kiosk.ui.input.TouchInputEditors;
import org.budayang.kiosk.ui.shell.Screen;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 基本医疗保险参保人员异地就医备案 end to end as the demo runs it: the real kiosk window with the touch editors (robot
 * taps on the choice buttons, the numeric pads, 今天 of the date editor; the address is filled from the card), the REAL
 * idcard-sam driver with demo card 1 (张三), the commitment letter signed by face, the REAL JournalledServiceDesk against
 * the REAL central (its 医保 sandbox accepts the filing), and the 受理凭证 printed by the REAL escpos driver into its
 * emulator; the receipt is read back (title, 办件编号, the item, the masked ID number).
 */
class MedicalFilingEndToEndTest {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1920-32");
        }
    }

    private static final String FILING_ITEM = "基本医疗保险参保人员异地就医备案";
    private static final long PHOTO_SEED_BASE = 0x5EED_0000L;
    private static final CardEvent PLACED = new CardEvent(CardEvent.Type.PLACED, Instant.EPOCH);

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final AtomicLong ticker = new AtomicLong();
    private final TestDevices.TestCamera camera = new TestDevices.TestCamera();
    private final ExecutorService cardThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "e2e-card-reader");
        t.setDaemon(true);
        return t;
    });
    private CentralProcess central;
    private PrinterRig receipts;
    private DeskRig desk;
    private ReaderRig reader;
    private LogCapture log;
    private KioskApplication app;
    private Stage stage;
    private UiFixture fixture;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Platform.setImplicitExit(false));
    }

    @BeforeEach
    void launch() throws Exception {
        log = new LogCapture("org.budayang");
        central = CentralProcess.start(dir.resolve("central"));
        receipts = new PrinterRig();
        desk = new DeskRig(dir.resolve("kiosk"), central.kioskFleetDir(), central.url(),
                central.credentials().apiUrl(), receipts.port(),
                DeskEvents.NONE);
        desk.deliverer.start();
        reader = new ReaderRig();
        camera.stillOutcome(Outcome.success(new Still(new LiveCaptureSimulator().jpeg(PHOTO_SEED_BASE
                + ReaderRig.ZHANG_SAN, 11, LiveCaptureSimulator.Kind.GOOD), 640, 480, Instant.now())));
        fixture = UiFixture.create(b -> b, E2eCatalog.published());
        // the letter is signed and the start date chosen on the kiosk's clock, which central checks against its own
        fixture.clock.set(Instant.now());
        fixture.catalog.refresh();
        IdentityDevices identity = new IdentityDevices(SocialCardAccess.none(),
                new ScannerAccess(new TestDevices.Scanner(), Runnable::run, Platform::runLater, Duration.ofSeconds(2)),
                new CameraAccess(camera, Runnable::run, Runnable::run, Duration.ofSeconds(1)),
                frame -> (frame.argb()[0] & 0xFF) > 150 ? CaptureAdvice.READY : CaptureAdvice.TOO_FAR,
                Runnable::run, Platform::runLater, ticker::get);
        var context = fixture.context(Duration.ofSeconds(3), reader.access(cardThread, Platform::runLater))
                .withIdentity(identity).withDesk(desk.desk);
        FxToolkit.setupFixture(() -> {
            app = new KioskApplication(context, true, FlowRuntime.standard(context.messages(), context.clock())
                    .with(PromptSpeaker.silent(), TouchInputEditors.create(context.clock())));
            stage = new Stage();
            app.start(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        try {
            if (app != null) {
                FxToolkit.setupFixture(() -> {
                    app.stop();
                    stage.hide();
                });
            }
        } finally {
            cardThread.shutdownNow();
            for (AutoCloseable c : new AutoCloseable[] {reader, desk, receipts, central, log}) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    @Test
    void aCitizenFilesTreatmentElsewhereAndTakesTheAcceptanceReceipt() throws Exception {
        ServiceItem item = fixture.catalog.catalog().orElseThrow().items().stream()
                .filter(i -> i.name().equals(FILING_ITEM)).findFirst().orElseThrow();
        fx(() -> {
            vm().start();
            vm().openItem(item);
            vm().startItem();
            vm().identificationChoice().choose(IdentificationWay.ID_CARD);
        });
        reader.emulator.place(ReaderRig.ZHANG_SAN);
        fx(() -> vm().cardEvent(PLACED));
        await("the face screen", () -> vm().screenProperty().get() == Screen.FACE);
        faceUntil("the CHOOSE step", () -> robot.lookup("#choice-filingType-1").tryQuery().isPresent());
        tap("#choice-filingType-1"); // 异地长期居住
        for (char c : "440305".toCharArray()) {
            tap("#key-treatmentRegion-" + c);
        }
        tap("#flow-next");
        await("the FILL step", () -> robot.lookup("#key-startDate-today").tryQuery().isPresent());
        tap("#key-startDate-today");
        for (char c : "13800138000".toCharArray()) {
            tap("#key-phone-" + c);
        }
        assertTrue(robot.lookup("#display-address").queryLabeled().getText().contains("庆阳路"),
                "the address comes from the card: " + robot.lookup("#display-address").queryLabeled().getText());
        tap("#flow-next");
        await("the commitment letter", () -> robot.lookup("#flow-agree").tryQuery().isPresent());
        tap("#flow-agree");
        tap("#flow-next");
        await("the face to sign the letter", () -> vm().screenProperty().get() == Screen.FACE);
        faceUntil("the submission's answer", () -> robot.lookup("#flow-submitted").tryQuery().isPresent());
        String number = robot.lookup("#flow-number").queryLabeled().getText();
        tap("#flow-next");
        await("the evaluation after printing", () -> robot.lookup("#flow-evaluate").tryQuery().isPresent());
        tap("#flow-rate-SATISFIED");
        await("the finish screen", () -> robot.lookup("#flow-finish").tryQuery().isPresent());
        tap("#flow-home");
        assertEquals(Screen.HOME, vm().screenProperty().get());

        List<org.budayang.driver.escpos.emulator.PrintedReceipt> printed = receipts.receipts();
        assertEquals(1, printed.size(), "one receipt: " + printed);
        String text = printed.get(0).text();
        assertTrue(printed.get(0).isWhole(), printed.get(0).describe());
        assertTrue(text.contains("受理凭证"), text);
        assertTrue(text.contains(FILING_ITEM), text);
        String digits = number.replaceAll("[^0-9A-Za-z]", "");
        assertTrue(!digits.isEmpty() && text.replaceAll("[^0-9A-Za-z]", "").contains(digits),
                "the 办件编号 " + number + " is on the receipt: " + text);
        assertTrue(text.contains(IdNumber.mask(ReaderRig.ZHANG_SAN_ID)), text);
        for (String line : log.everything()) {
            assertFalse(line.contains(ReaderRig.ZHANG_SAN_ID), "ID number in the log: " + line);
            assertFalse(line.contains("庆阳路"), "address in the log: " + line);
        }
    }

    /** Shows good frames until {@code condition} holds (the face check, then central's 人证比对). */
    private void faceUntil(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                await(what, condition);
            }
            if (vm().screenProperty().get() == Screen.FACE) {
                showFace();
            }
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(50);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ShellViewModel vm() {
        return app.shell().viewModel();
    }

    private void fx(Runnable task) throws Exception {
        WaitForAsyncUtils.asyncFx(task).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void await(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 30 s for " + what + "; screen " + vm().screenProperty().get()
                    + ", flow " + vm().flow().status().stateProperty().get() + "; kiosk log " + log.everything()
, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tap(String id) {
        robot.clickOn(robot.lookup(id).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showFace() {
        for (int i = 0; i < 3; i++) {
            camera.frame(200);
            ticker.addAndGet(FaceCaptureViewModel.Settings.DEFAULT.adviceInterval().toNanos() + 1_000_000);
        }
    }
}
