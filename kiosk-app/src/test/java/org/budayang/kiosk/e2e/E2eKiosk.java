package org.budayang.kiosk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.budayang.api.catalog.ServiceItem;
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
import org.budayang.kiosk.speech.PromptSpeaker;
import org.budayang.kiosk.ui.KioskApplication;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.face.FaceCaptureViewModel;
import org.budayang.kiosk.ui.flow.FlowRuntime;
import org.budayang.kiosk.ui.input.TouchInputEditors;
import org.budayang.kiosk.ui.shell.Screen;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The end-to-end tests' kiosk: the real kiosk window under Monocle (robot clicks), the REAL idcard-sam driver reading
 * demo cards from its emulator ({@link ReaderRig}), a camera whose still is central's own simulated live capture of
 * 张三 (so central's 人证比对 matches), the REAL JournalledServiceDesk ({@link DeskRig}) against the REAL central in a
 * child JVM ({@link CentralProcess}), the REAL escpos driver printing into its emulator ({@link PrinterRig}) and,
 * when asked, the REAL cups driver printing through a private cupsd ({@link CupsRig}). Plus the robot and await
 * helpers the tests drive it with. Tests get one per test from {@link E2eSession}.
 */
final class E2eKiosk implements AutoCloseable {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1920-32");
        }
    }

    /** Central's sandbox register draws demo citizen N's photo from this seed + N (DemoCitizens, DemoFaces). */
    private static final long PHOTO_SEED_BASE = 0x5EED_0000L;
    private static final CardEvent PLACED = new CardEvent(CardEvent.Type.PLACED, Instant.EPOCH);

    /**
     * How the kiosk is set up.
     *
     * @param cups         print documents through the REAL cups driver into a private cupsd
     * @param touchEditors run the flows with the touch editors (and a silent voice) rather than the plain runtime
     * @param clockNow     set the kiosk's clock to now (the tests' fixture clock otherwise stands at 10:30)
     * @param patience     how long {@link #await} waits
     */
    record Options(boolean cups, boolean touchEditors, boolean clockNow, Duration patience) {
        Options {
            if (patience == null || patience.isNegative() || patience.isZero()) {
                throw new IllegalArgumentException("Options.patience must be positive, was " + patience);
            }
        }
    }

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger taps = new AtomicInteger();
    private final AtomicLong ticker = new AtomicLong();
    private final TestDevices.TestCamera camera = new TestDevices.TestCamera();
    private final ExecutorService cardThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "e2e-card-reader");
        t.setDaemon(true);
        return t;
    });
    private final Options options;
    private CupsRig cups;
    private LogCapture log;
    private CentralProcess central;
    private PrinterRig receipts;
    private DeskRig desk;
    private ReaderRig reader;
    private UiFixture fixture;
    private KioskApplication app;
    private Stage stage;

    private E2eKiosk(Options options) {
        this.options = options;
    }

    /** The JavaFX toolkit under Monocle, once per test class. */
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Platform.setImplicitExit(false));
    }

    /** Starts central, the rigs and the kiosk window in {@code dir}; closes what it started if a step fails. */
    static E2eKiosk start(Path dir, Options options) throws Exception {
        E2eKiosk kiosk = new E2eKiosk(options);
        try {
            kiosk.launch(dir);
            return kiosk;
        } catch (Exception | Error e) {
            try {
                kiosk.close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private void launch(Path dir) throws Exception {
        if (options.cups()) {
            cups = CupsRig.start();
        }
        log = new LogCapture("org.budayang");
        central = CentralProcess.start(dir.resolve("central"));
        receipts = new PrinterRig();
        desk = new DeskRig(dir.resolve("kiosk"), central.kioskFleetDir(), central.url(),
                central.credentials().apiUrl(), receipts.port(), cups == null ? null : cups.driverSettings(),
                DeskEvents.NONE);
        desk.deliverer.start();
        reader = new ReaderRig();
        camera.stillOutcome(Outcome.success(new Still(new LiveCaptureSimulator().jpeg(PHOTO_SEED_BASE
                + ReaderRig.ZHANG_SAN, 11, LiveCaptureSimulator.Kind.GOOD), 640, 480, Instant.now())));
        fixture = UiFixture.create(b -> b, E2eCatalog.published());
        if (options.clockNow()) {
            fixture.clock.set(Instant.now());
        }
        fixture.catalog.refresh();
        IdentityDevices identity = new IdentityDevices(SocialCardAccess.none(),
                new ScannerAccess(new TestDevices.Scanner(), Runnable::run, Platform::runLater, Duration.ofSeconds(2)),
                new CameraAccess(camera, Runnable::run, Runnable::run, Duration.ofSeconds(1)),
                frame -> (frame.argb()[0] & 0xFF) > 150 ? CaptureAdvice.READY : CaptureAdvice.TOO_FAR,
                Runnable::run, Platform::runLater, ticker::get);
        var context = fixture.context(Duration.ofSeconds(3), reader.access(cardThread, Platform::runLater))
                .withIdentity(identity).withDesk(desk.desk);
        FlowRuntime runtime = options.touchEditors()
                ? FlowRuntime.standard(context.messages(), context.clock())
                        .with(PromptSpeaker.silent(), TouchInputEditors.create(context.clock()))
                : null;
        FxToolkit.setupFixture(() -> {
            app = new KioskApplication(context, true, runtime);
            stage = new Stage();
            app.start(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        try {
            if (app != null) {
                FxToolkit.setupFixture(() -> {
                    app.stop();
                    stage.hide();
                });
            }
        } finally {
            cardThread.shutdownNow();
            for (AutoCloseable c : new AutoCloseable[] {reader, desk, receipts, central, log, cups}) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    CentralProcess central() {
        return central;
    }

    /** The desk; null after {@link #closeDesk()}. */
    DeskRig desk() {
        return desk;
    }

    /** Closes the desk (its outbox and journal) before the test reads what central stored. */
    void closeDesk() throws Exception {
        DeskRig closing = desk;
        desk = null;
        closing.close();
    }

    PrinterRig receipts() {
        return receipts;
    }

    /** The private cupsd; only with {@link Options#cups()}. */
    CupsRig cups() {
        if (cups == null) {
            throw new IllegalStateException("This E2eKiosk was started without cups (Options.cups false)");
        }
        return cups;
    }

    ReaderRig reader() {
        return reader;
    }

    LogCapture log() {
        return log;
    }

    FxRobot robot() {
        return robot;
    }

    /** Whether the window shows a node of that id ({@code #flow-next}). */
    boolean shows(String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    /** The text of the labelled node of that id. */
    String text(String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    /** The robot's taps so far. */
    int taps() {
        return taps.get();
    }

    ShellViewModel vm() {
        return app.shell().viewModel();
    }

    /** The published item of that name. */
    ServiceItem item(String name) {
        return fixture.catalog.catalog().orElseThrow().items().stream()
                .filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    /** Opens the item, chooses 身份证, places demo card 1 (张三) and waits for the face screen. */
    void startWithZhangSansCard(ServiceItem item) throws Exception {
        fx(() -> {
            vm().start();
            vm().openItem(item);
            vm().startItem();
            vm().identificationChoice().choose(IdentificationWay.ID_CARD);
        });
        reader.emulator.place(ReaderRig.ZHANG_SAN);
        fx(() -> vm().cardEvent(PLACED));
        await("the face screen", () -> vm().screenProperty().get() == Screen.FACE);
    }

    void fx(Runnable task) throws Exception {
        WaitForAsyncUtils.asyncFx(task).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits {@link Options#patience()} for {@code condition}; the failure names the screen, flow and logs. */
    void await(String what, Callable<Boolean> condition) throws Exception {
        long seconds = options.patience().toSeconds();
        try {
            WaitForAsyncUtils.waitFor(options.patience().toMillis(), TimeUnit.MILLISECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s for " + what + "; screen "
                    + vm().screenProperty().get() + ", flow " + vm().flow().status().stateProperty().get()
                    + "; kiosk log " + log.everything() + (cups == null ? "" : "; cupsd log " + cups.errorLog()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void tap(String id) {
        Node node = robot.lookup(id).query();
        robot.clickOn(node);
        taps.incrementAndGet();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** From the flow's last step: waits for the evaluation, rates {@code level}, finishes and is back HOME. */
    void rateAndGoHome(String level) throws Exception {
        await("the evaluation", () -> shows("#flow-evaluate"));
        tap("#flow-rate-" + level);
        await("the finish screen", () -> shows("#flow-finish"));
        tap("#flow-home");
        assertEquals(Screen.HOME, vm().screenProperty().get());
    }

    /** Three rounds of {@link #showFace()}, the FX thread caught up after each. */
    void faceToCamera() {
        for (int i = 0; i < 3; i++) {
            showFace();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Three bright preview frames, the advice interval passing between them: the kiosk takes the still. */
    void showFace() {
        for (int i = 0; i < 3; i++) {
            camera.frame(200);
            ticker.addAndGet(FaceCaptureViewModel.Settings.DEFAULT.adviceInterval().toNanos() + 1_000_000);
        }
    }

    /** Shows good frames until {@code condition} holds (the face check, then central's 人证比对). */
    void faceUntil(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + options.patience().toNanos();
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
}
