package org.budayang.kiosk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.IdNumber;
import org.budayang.api.json.ApiJson;
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
import org.budayang.kiosk.ui.flow.FlowState;
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
 * The A4 leg of issue #7's evidence: a citizen prints 社会保险个人参保证明 through REAL CUPS. The real kiosk window
 * (Monocle, robot clicks), the REAL idcard-sam driver reading demo card 1 (张三) from its emulator, central's own
 * simulated live capture as the camera still, the REAL JournalledServiceDesk against the REAL central in a child JVM,
 * and the REAL {@code cups} driver as the documentPrinter, printing through a private cupsd ({@link CupsRig}) whose
 * backend writes the job to a file. The PDF that came out of CUPS is read back: its text (title, masked ID number,
 * name), its QR code decoded from the rendered page (central's verification URL, which says the code is valid), and
 * the printed file itself checked AUTHENTIC by central's verify endpoint.
 */
class CertificateEndToEndTest {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1920-32");
        }
    }

    private static final String CERTIFICATE_ITEM = "社会保险个人参保证明打印";
    private static final String CERTIFICATE_TITLE = "社会保险个人参保证明";
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
    private CupsRig cups;
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
        cups = CupsRig.start();
        log = new LogCapture("org.budayang");
        central = CentralProcess.start(dir.resolve("central"));
        receipts = new PrinterRig();
        desk = new DeskRig(dir.resolve("kiosk"), central.kioskFleetDir(), central.url(),
                central.credentials().apiUrl(), receipts.port(),
                cups.driverSettings(), DeskEvents.NONE);
        desk.deliverer.start();
        reader = new ReaderRig();
        camera.stillOutcome(Outcome.success(new Still(new LiveCaptureSimulator().jpeg(PHOTO_SEED_BASE
                + ReaderRig.ZHANG_SAN, 11, LiveCaptureSimulator.Kind.GOOD), 640, 480, Instant.now())));
        fixture = UiFixture.create(b -> b, E2eCatalog.published());
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
            for (AutoCloseable c : new AutoCloseable[] {reader, desk, receipts, central, log, cups}) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    @Test
    void theCertificateComesOutOfCupsWithTitleMaskedIdNameAndAQrThatCentralVerifies() throws Exception {
        ServiceItem item = fixture.catalog.catalog().orElseThrow().items().stream()
                .filter(i -> i.name().equals(CERTIFICATE_ITEM)).findFirst().orElseThrow();
        fx(() -> {
            vm().start();
            vm().openItem(item);
            vm().startItem();
            vm().identificationChoice().choose(IdentificationWay.ID_CARD);
        });
        reader.emulator.place(ReaderRig.ZHANG_SAN);
        fx(() -> vm().cardEvent(PLACED));
        await("the face screen", () -> vm().screenProperty().get() == Screen.FACE);
        for (int i = 0; i < 3; i++) {
            showFace();
            WaitForAsyncUtils.waitForFxEvents();
        }
        await("the CHOOSE step after central's 人证比对", () -> vm().screenProperty().get() == Screen.FLOW
                && vm().flow().status().stateProperty().get() == FlowState.READY
                && robot.lookup("#choice-year-1").tryQuery().isPresent());
        tap("#choice-certificateKind-0");
        tap("#choice-year-1");
        tap("#flow-next");
        await("the evaluation after printing", () -> robot.lookup("#flow-evaluate").tryQuery().isPresent());
        tap("#flow-rate-VERY_SATISFIED");
        await("the finish screen", () -> robot.lookup("#flow-finish").tryQuery().isPresent());
        tap("#flow-home");
        assertEquals(Screen.HOME, vm().screenProperty().get());

        List<Path> printed = cups.printed();
        assertEquals(1, printed.size(), "one job out of CUPS: " + printed + "; cupsd log " + cups.errorLog());
        assertTrue(receipts.receipts().isEmpty(), "nothing on the receipt printer: " + receipts.receipts());
        byte[] pdf = Files.readAllBytes(printed.get(0));
        int year = java.time.LocalDate.now().getYear() - 1;
        String url;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String unwrapped = text.replace("\r", "").replace("\n", "");
            assertTrue(unwrapped.contains(CERTIFICATE_TITLE + "（" + year + "年度）"), "the title: " + text);
            assertTrue(text.contains(IdNumber.mask(ReaderRig.ZHANG_SAN_ID)), "the masked ID number: " + text);
            assertTrue(text.contains("张三"), "the holder's name: " + text);
            url = qrOf(new PDFRenderer(document).renderImageWithDPI(0, 200));
        }
        assertTrue(url.startsWith(central.url() + "/verify/"), "the QR is central's verification URL: " + url);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("核验码有效") && page.body().contains(CERTIFICATE_TITLE), page.body());
        HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, check.statusCode(), check.body());
        JsonNode report = ApiJson.mapper().readTree(check.body());
        assertEquals("AUTHENTIC", report.path("outcome").asText(), "the printed file is the issued one: " + report);

        for (String line : log.everything()) {
            assertFalse(line.contains(ReaderRig.ZHANG_SAN_ID), "ID number in the log: " + line);
            assertFalse(line.contains("张三"), "name in the log: " + line);
        }
    }

    /** The QR code on the rendered page, decoded with ZXing. */
    static String qrOf(BufferedImage page) throws Exception {
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(),
                pixels)));
        return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER,
                Boolean.TRUE)).getText();
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
                    + "; cupsd log " + cups.errorLog(), e);
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
