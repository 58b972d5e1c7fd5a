package org.budayang.kiosk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.json.ApiJson;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.ui.KioskContext;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.face.FaceCaptureViewModel;
import org.budayang.kiosk.ui.shell.KioskShell;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/**
 * The kiosk shell headless (Monocle, software rendering, 1920×1080) with central's published catalogue, the real
 * idcard-sam driver against its emulator (card 1 = 张三), a camera whose preview frames are bright (a face READY)
 * and whose stills are new captures of 张三 ({@link HallCamera}), and the given desk.
 */
final class BenchKiosk implements AutoCloseable {
    static final Path CATALOG = Path.of("..", "central", "src", "main", "resources", "catalog", "catalog.json");
    /** Demo citizen 1 (张三)'s register photo seed in central's sandbox (DemoCitizens: 0x5EED_0000 + n). */
    static final long ZHANG_SAN_PHOTO = 0x5EED_0001L;

    private static final String NO_EFFECTS = noEffects();

    final ReaderRig reader;
    final HallCamera camera;
    final AtomicLong ticker = new AtomicLong();
    final UiFixture fixture;
    Scene scene;
    ShellViewModel vm;

    BenchKiosk(ServiceDesk desk) throws Exception {
        reader = new ReaderRig();
        camera = new HallCamera(ZHANG_SAN_PHOTO);
        fixture = UiFixture.create(b -> b, catalog());
        fixture.catalog.refresh();
        IdentityDevices identity = new IdentityDevices(SocialCardAccess.none(),
                new ScannerAccess(new TestDevices.Scanner(), Runnable::run, Platform::runLater, Duration.ofSeconds(2)),
                new CameraAccess(camera, Runnable::run, Runnable::run, Duration.ofSeconds(1)),
                frame -> (frame.argb()[0] & 0xFF) > 150 ? CaptureAdvice.READY : CaptureAdvice.TOO_FAR,
                Runnable::run, Platform::runLater, ticker::get);
        IdCardAccess cards = reader.access(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-card-reader");
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
        KioskContext context = fixture.context(Duration.ofSeconds(3), cards).withIdentity(identity).withDesk(desk);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Platform.startup(() -> {
            KioskShell shell = new KioskShell(context);
            scene = shell.createScene();
            if (Boolean.getBoolean("bench.noEffects")) { // diagnosis: every CSS effect (Modena's shadows) off
                scene.getStylesheets().add(NO_EFFECTS);
            }
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            vm = shell.viewModel();
            ready.complete(null);
        });
        ready.get(60, TimeUnit.SECONDS);
    }

    /** Three bright frames with the advice interval passing between them: the face is captured. */
    void showFace() {
        for (int i = 0; i < 3; i++) {
            camera.frame(200);
            ticker.addAndGet(FaceCaptureViewModel.Settings.DEFAULT.adviceInterval().toNanos() + 1_000_000);
        }
    }

    private static String noEffects() {
        try {
            Path css = java.nio.file.Files.createTempFile("bench-no-effects", ".css");
            java.nio.file.Files.writeString(css, "* { -fx-effect: null; }\n");
            css.toFile().deleteOnExit();
            return css.toUri().toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the bench's no-effects stylesheet", e);
        }
    }

    /** How many nodes of the scene graph match {@code selector} (read on the FX thread). */
    int count(String selector) throws Exception {
        CompletableFuture<Integer> n = new CompletableFuture<>();
        Platform.runLater(() -> n.complete(scene.getRoot().lookupAll(selector).size()));
        return n.get(30, TimeUnit.SECONDS);
    }

    ServiceItem item(String name) {
        return fixture.catalog.catalog().orElseThrow().items().stream().filter(i -> i.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no item " + name + " in the catalogue"));
    }

    /** Central's catalogue file (what central publishes), with the version and date the kiosk's cache wants. */
    static Catalog catalog() throws IOException {
        ObjectMapper json = ApiJson.mapper();
        ObjectNode tree = (ObjectNode) json.readTree(CATALOG.toFile());
        tree.put("version", "bench");
        tree.put("publishedAt", "2026-11-26T00:00:00Z");
        return json.treeToValue(tree, Catalog.class);
    }

    @Override
    public void close() {
        reader.close();
        Platform.exit();
    }
}
