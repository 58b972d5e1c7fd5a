package org.budayang.kiosk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.json.ApiJson;
import org.budayang.central.db.DatabaseConfig;
import org.budayang.central.identity.face.LiveCaptureSimulator;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.Still;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.journal.OutboxState;
import org.budayang.kiosk.security.LogCapture;
import org.budayang.kiosk.service.CentralProcess;
import org.budayang.kiosk.service.DeskEvents;
import org.budayang.kiosk.service.DeskRig;
import org.budayang.kiosk.service.PrinterRig;
import org.budayang.kiosk.ui.KioskApplication;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.face.FaceCaptureViewModel;
import org.budayang.kiosk.ui.flow.FlowState;
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
 * One citizen, end to end, with nothing doubled on the kiosk's path: the real kiosk window (KioskApplication under
 * Monocle, real robot clicks), the REAL idcard-sam driver reading demo card 1 (张三) from its emulator, the camera
 * whose still is central's own simulated live capture of 张三 (so central's 人证比对 matches), the REAL
 * JournalledServiceDesk against the REAL central in a child JVM (sandbox 社保 department, H2 file), the REAL escpos
 * driver printing into its emulator over TCP, and the outbox delivering the evaluation and the transaction record to
 * central. Item: 社会保险个人权益记录查询 (IDENTIFY, FACE_CHECK, CONFIRM, PRINT to the receipt printer, EVALUATE).
 */
class CitizenFlowEndToEndTest {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1920-32");
        }
    }

    private static final Path CATALOG = Path.of("..", "central", "src", "main", "resources", "catalog",
            "catalog.json");
    private static final String RIGHTS_RECORD = "社会保险个人权益记录查询";
    /** The title 社保's sandbox gives the record (the receipt's heading). */
    private static final String RECORD_TITLE = "社会保险个人权益记录";
    /** Central's sandbox register draws demo citizen N's photo from this seed + N (DemoCitizens, DemoFaces). */
    private static final long PHOTO_SEED_BASE = 0x5EED_0000L;
    private static final CardEvent PLACED = new CardEvent(CardEvent.Type.PLACED, Instant.EPOCH);

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger taps = new AtomicInteger();
    private final AtomicLong ticker = new AtomicLong();
    private final TestDevices.TestCamera camera = new TestDevices.TestCamera();
    private final ExecutorService cardThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "e2e-card-reader");
        t.setDaemon(true);
        return t;
    });
    private CentralProcess central;
    /** The id central gave the kiosk at enrolment, for the database queries. */
    private static String kioskId;
    private PrinterRig printer;
    private DeskRig desk;
    private ReaderRig reader;
    private UiFixture fixture;
    private LogCapture log;
    private KioskApplication app;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Platform.setImplicitExit(false));
    }

    @BeforeEach
    void launch() throws Exception {
        log = new LogCapture("org.budayang");
        central = CentralProcess.start(dir.resolve("central"));
        kioskId = central.kioskId();
        printer = new PrinterRig();
        desk = new DeskRig(dir.resolve("kiosk"), central.kioskFleetDir(), central.url(),
                central.credentials().apiUrl(), printer.port(),
                DeskEvents.NONE);
        desk.deliverer.start();
        reader = new ReaderRig();
        camera.stillOutcome(Outcome.success(new Still(liveCaptureOf(ReaderRig.ZHANG_SAN), 640, 480, Instant.now())));
        fixture = UiFixture.create(b -> b, catalog());
        fixture.catalog.refresh();
        IdentityDevices identity = new IdentityDevices(SocialCardAccess.none(),
                new ScannerAccess(new TestDevices.Scanner(), Runnable::run, Platform::runLater, Duration.ofSeconds(2)),
                new CameraAccess(camera, Runnable::run, Runnable::run, Duration.ofSeconds(1)),
                frame -> (frame.argb()[0] & 0xFF) > 150 ? CaptureAdvice.READY : CaptureAdvice.TOO_FAR,
                Runnable::run, Platform::runLater, ticker::get);
        var context = fixture.context(Duration.ofSeconds(3), reader.access(cardThread, Platform::runLater))
                .withIdentity(identity).withDesk(desk.desk);
        FxToolkit.setupFixture(() -> {
            app = new KioskApplication(context, true);
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
            if (reader != null) {
                reader.close();
            }
            if (desk != null) {
                desk.close();
            }
            if (printer != null) {
                printer.close();
            }
            if (central != null) {
                central.close();
            }
            if (log != null) {
                log.close();
            }
        }
    }

    @Test
    void aCitizenReadsCardPassesFacePrintsOnceAndCentralGetsOneEvaluationAndOneRecord() throws Exception {
        ServiceItem item = fixture.catalog.catalog().orElseThrow().items().stream()
                .filter(i -> i.name().equals(RIGHTS_RECORD)).findFirst().orElseThrow();
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
        await("the flow screen after central's 人证比对", () -> vm().screenProperty().get() == Screen.FLOW
                && vm().flow().status().stateProperty().get() == FlowState.READY);

        tap("#flow-next");
        await("the evaluation", () -> robot.lookup("#flow-evaluate").tryQuery().isPresent());
        tap("#flow-rate-VERY_SATISFIED");
        await("the finish screen", () -> robot.lookup("#flow-finish").tryQuery().isPresent());
        tap("#flow-home");
        assertEquals(Screen.HOME, vm().screenProperty().get());
        assertFalse(vm().identified());
        assertEquals(3, taps.get(), "下一步, 非常满意, 返回首页 after the face: three taps");

        List<PrintedReceipt> receipts = printer.receipts();
        assertEquals(1, receipts.size(), "one receipt out of the slot: " + receipts);
        PrintedReceipt receipt = receipts.get(0);
        assertTrue(receipt.isWhole(), receipt.describe());
        assertTrue(receipt.text().startsWith(RECORD_TITLE), receipt.text());
        assertFalse(receipt.text().contains(ReaderRig.ZHANG_SAN_ID), "the receipt masks the ID number");
        assertEquals(1, receipt.qrCodes().size(), receipt.describe());
        String qr = receipt.qrCodes().get(0).payload();
        assertTrue(qr.startsWith("http"), "the QR decodes to a link: " + qr);

        awaitOutboxSent();
        desk.close();
        desk = null;
        central.close();
        try (Connection db = centralDatabase()) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM flow_evaluation WHERE kiosk_id = ?"));
            assertEquals(List.of("VERY_SATISFIED|" + item.implementationCode()),
                    rows(db, "SELECT level_name || '|' || item_code FROM flow_evaluation WHERE kiosk_id = ?"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM flow_transaction WHERE kiosk_id = ?"));
            assertEquals(List.of("COMPLETED|1|" + item.implementationCode() + "|-"), rows(db, "SELECT outcome || '|' "
                    + "|| printed || '|' || item_code || '|' || COALESCE(failure_code, '-') FROM flow_transaction "
                    + "WHERE kiosk_id = ?"));
        }

        List<String> lines = log.everything();
        assertFalse(lines.isEmpty(), "the kiosk logged its work");
        for (String line : lines) {
            assertFalse(line.contains(ReaderRig.ZHANG_SAN_ID), "ID number in the log: " + line);
            assertFalse(line.contains("张三"), "name in the log: " + line);
            assertFalse(line.contains("庆阳路"), "address in the log: " + line);
        }
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
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 15 s for " + what + "; screen " + vm().screenProperty().get()
                    + ", flow " + vm().flow().status().stateProperty().get() + "; kiosk log " + log.everything(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tap(String id) {
        Node node = robot.lookup(id).query();
        robot.clickOn(node);
        taps.incrementAndGet();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Three bright preview frames, the advice interval passing between them: the kiosk takes the still. */
    private void showFace() {
        for (int i = 0; i < 3; i++) {
            camera.frame(200);
            ticker.addAndGet(FaceCaptureViewModel.Settings.DEFAULT.adviceInterval().toNanos() + 1_000_000);
        }
    }

    /** Central's own simulation of a good live capture of demo citizen {@code n}, as the JPEG still it would get. */
    private static byte[] liveCaptureOf(int n) {
        return new LiveCaptureSimulator().jpeg(PHOTO_SEED_BASE + n, 11, LiveCaptureSimulator.Kind.GOOD);
    }

    /** Central's published catalogue file, as the kiosk would have it cached. */
    private static Catalog catalog() throws Exception {
        ObjectMapper json = ApiJson.mapper();
        ObjectNode tree = (ObjectNode) json.readTree(CATALOG.toFile());
        tree.put("version", "e2e");
        tree.put("publishedAt", "2026-11-26T00:00:00Z");
        return json.treeToValue(tree, Catalog.class);
    }

    private void awaitOutboxSent() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (desk.journal.outbox().records(OutboxState.SENT).size() < 2
                || !desk.journal.outbox().records(OutboxState.PENDING).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox did not deliver within 15 s: sent "
                        + desk.journal.outbox().records(OutboxState.SENT).size() + ", pending "
                        + desk.journal.outbox().records(OutboxState.PENDING).size());
            }
            Thread.sleep(50);
        }
    }

    /** Central's H2 file, opened once central has stopped and released it. */
    private Connection centralDatabase() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.resolve("central"))) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".mv.db")).toList();
        }
        assertEquals(1, files.size(), "central's H2 file: " + files);
        String name = files.get(0).toString();
        DatabaseConfig config = DatabaseConfig.h2File(Path.of(name.substring(0, name.length() - ".mv.db".length())));
        return DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
    }

    private static int count(Connection db, String sql) throws Exception {
        return Integer.parseInt(rows(db, sql).get(0));
    }

    private static List<String> rows(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, kioskId);
            List<String> rows = new ArrayList<>();
            try (ResultSet set = statement.executeQuery()) {
                while (set.next()) {
                    rows.add(set.getString(1));
                }
            }
            return rows;
        }
    }
}
