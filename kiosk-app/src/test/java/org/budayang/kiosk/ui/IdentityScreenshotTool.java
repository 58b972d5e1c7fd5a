package org.budayang.kiosk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.camera.CaptureAdvice;
import org.budayang.driver.camera.Frame;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.identity.CameraAccess;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.IdentityDevices;
import org.budayang.kiosk.identity.ScannerAccess;
import org.budayang.kiosk.identity.SocialCardAccess;
import org.budayang.kiosk.identity.TestDevices;
import org.budayang.kiosk.ui.shell.KioskShell;
import org.budayang.kiosk.ui.shell.ShellViewModel;

/**
 * Writes PNG screenshots of the identification screens of issue #6 in both themes and orientations:
 * {@code identify-*-<theme>-<orientation>.png}, {@code face-*-…}, {@code home-sscard-…}. Headless under Monocle.
 *
 * <pre>
 * IdentityScreenshotTool [--out DIR]    (default target/screenshots)
 * </pre>
 * The camera shows a synthetic scene (a lit background and a face-like oval), not a person.
 */
public final class IdentityScreenshotTool {
    private final Path out;

    private IdentityScreenshotTool(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length == 2 && args[0].equals("--out") ? Path.of(args[1]) : Path.of("target", "screenshots");
        ScreenshotTool.headless();
        Files.createDirectories(out);
        IdentityScreenshotTool tool = new IdentityScreenshotTool(out);
        Platform.startup(() -> Platform.setImplicitExit(false));
        try {
            for (Theme theme : Theme.values()) {
                for (Orientation orientation : Orientation.values()) {
                    CompletableFuture<Void> done = new CompletableFuture<>();
                    Platform.runLater(() -> {
                        try {
                            tool.render(theme, orientation);
                            done.complete(null);
                        } catch (RuntimeException | Error e) {
                            done.completeExceptionally(e);
                        }
                    });
                    done.get(120, TimeUnit.SECONDS);
                }
            }
        } finally {
            Platform.exit();
        }
        System.out.println("Wrote the identification screenshots to " + out.toAbsolutePath());
    }

    private void render(Theme theme, Orientation orientation) {
        UiFixture fx = UiFixture.create(b -> b.theme(theme).orientation(orientation));
        fx.catalog.refresh();
        TestDevices.TestCamera camera = new TestDevices.TestCamera();
        TestDevices.SocialCardReader social = new TestDevices.SocialCardReader();
        ExecutorService scanning = Executors.newSingleThreadExecutor();
        IdentityDevices identity = new IdentityDevices(
                new SocialCardAccess(social, Runnable::run, Runnable::run, Duration.ofSeconds(1)),
                new ScannerAccess(new TestDevices.Scanner(), scanning, Platform::runLater, Duration.ofSeconds(30)),
                new CameraAccess(camera, Runnable::run, Runnable::run, Duration.ofSeconds(1)),
                frame -> CaptureAdvice.TOO_FAR, Runnable::run, Runnable::run);
        KioskShell shell = new KioskShell(fx.context(Duration.ofSeconds(3), IdCardAccess.none()).withIdentity(identity));
        Scene scene = shell.createScene();
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        ShellViewModel vm = shell.viewModel();
        String suffix = "-" + theme.configValue() + "-" + orientation.configValue();
        try {
            vm.start();
            vm.openItem(item(TestCatalogs.INSURED_CERTIFICATE));
            vm.startItem();
            shot(scene, "identify-choice" + suffix);
            vm.identificationChoice().choose(IdentificationWay.EC_TOKEN);
            shot(scene, "identify-ectoken-waiting" + suffix);
            vm.identificationChoice().chooseAgain();
            fx.devices.update(DeviceRole.ID_CARD_READER, DeviceStatus.offline(Instant.now(), "unplugged"));
            fx.devices.update(DeviceRole.SOCIAL_CARD_READER, DeviceStatus.offline(Instant.now(), "unplugged"));
            fx.devices.update(DeviceRole.QR_SCANNER, DeviceStatus.offline(Instant.now(), "unplugged"));
            shot(scene, "identify-none" + suffix);
            for (DeviceRole role : new DeviceRole[] {DeviceRole.ID_CARD_READER, DeviceRole.SOCIAL_CARD_READER,
                    DeviceRole.QR_SCANNER}) {
                fx.devices.update(role, DeviceStatus.online(Instant.now()));
            }
            vm.back();
            vm.back();

            vm.openItem(item(TestCatalogs.INSURANCE_CERTIFICATE));
            vm.startItem();
            shot(scene, "identify-choice-social" + suffix);
            social.answer(Outcome.success(TestDevices.ZHANG_SAN_CARD));
            vm.identificationChoice().choose(IdentificationWay.SOCIAL_CARD);
            vm.closeOverlay();
            vm.goHome();
            shot(scene, "home-sscard" + suffix);
            vm.finish();

            vm.start();
            vm.openItem(item(TestCatalogs.NO_CRIMINAL_RECORD));
            vm.startItem();
            shot(scene, "identify-choice-face" + suffix);
            vm.back();
            vm.back();
            faceScreen(scene, vm, camera, social, suffix);
        } finally {
            shell.stop();
            stage.hide();
            scanning.shutdownNow();
        }
    }

    /** The face screen, reached through a 社保卡 on a 社保 item given a face check step. */
    private void faceScreen(Scene scene, ShellViewModel vm, TestDevices.TestCamera camera,
            TestDevices.SocialCardReader social, String suffix) {
        vm.openItem(withFaceCheck(item(TestCatalogs.INSURANCE_CERTIFICATE)));
        vm.startItem();
        social.answer(Outcome.success(TestDevices.ZHANG_SAN_CARD));
        vm.identificationChoice().choose(IdentificationWay.SOCIAL_CARD);
        camera.frame(scene());
        shot(scene, "face-preview" + suffix);
        vm.face().capture();
        vm.face().capture();
        vm.face().capture();
        shot(scene, "face-help" + suffix);
        vm.finish();
    }

    private static ServiceItem withFaceCheck(ServiceItem item) {
        java.util.List<org.budayang.api.catalog.FlowStep> flow = new java.util.ArrayList<>(item.flow());
        flow.add(1, new org.budayang.api.catalog.FlowStep(org.budayang.api.catalog.StepType.FACE_CHECK, "人脸比对"));
        java.util.Set<DeviceRole> devices = java.util.EnumSet.copyOf(item.devices());
        devices.add(DeviceRole.CAMERA);
        return new ServiceItem(item.basicCode(), item.implementationCode(), item.name(), item.department(),
                item.agency(), item.guide(), flow, devices, item.serviceHours(), item.needsCentral(),
                item.deferredAcceptance(), item.commitmentNotice(), item.keywords());
    }

    /** A 640×480 synthetic scene: a warm lit wall and a small face-like oval (the citizen is too far). */
    private static Frame scene() {
        int w = 640;
        int h = 480;
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int wall = 150 + (x + y) * 60 / (w + h);
                double dx = (x - 320) / 70.0;
                double dy = (y - 220) / 92.0;
                boolean face = dx * dx + dy * dy <= 1;
                boolean shoulders = y > 320 && Math.abs(x - 320) < 170 - (480 - y) / 3;
                int r = face ? 224 : shoulders ? 40 : wall;
                int g = face ? 180 : shoulders ? 60 : wall - 10;
                int b = face ? 150 : shoulders ? 110 : wall - 30;
                argb[y * w + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return new Frame(w, h, argb, 1, Instant.now());
    }

    private static ServiceItem item(String code) {
        return TestCatalogs.items().stream().filter(i -> i.implementationCode().equals(code)).findFirst()
                .orElseThrow();
    }

    private void shot(Scene scene, String name) {
        ScreenshotTool.writePng(scene, out.resolve(name + ".png"));
    }
}
