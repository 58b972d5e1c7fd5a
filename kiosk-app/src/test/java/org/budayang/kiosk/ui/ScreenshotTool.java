package org.budayang.kiosk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.json.ApiJson;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcardsam.Sw3;
import org.budayang.driver.link.LinkLostException;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.shell.KioskShell;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes PNG screenshots of every main screen in both themes and both orientations:
 * {@code <screen>-<theme>-<orientation>.png}. Headless under Monocle (software rendering).
 *
 * <pre>
 * ScreenshotTool --out DIR [--catalog catalog.json] [--locale zh_CN|en]
 * </pre>
 * Without {@code --catalog} it uses the test fixture {@link TestCatalogs#sample()}. The kiosk shown has
 * the demo devices (no cash acceptor) and a clock at 10:30; the "unavailable" shots have central down.
 */
public final class ScreenshotTool {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTool.class);

    private final Path out;
    private final Catalog catalog;
    private final Locale locale;
    private int written;

    private ScreenshotTool(Path out, Catalog catalog, Locale locale) {
        this.out = out;
        this.catalog = catalog;
        this.locale = locale;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target", "screenshots");
        Catalog catalog = TestCatalogs.sample();
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--catalog" -> catalog = readCatalog(Path.of(args[++i]));
                case "--locale" -> locale = Locale.forLanguageTag(args[++i].replace('_', '-'));
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "'; usage: ScreenshotTool --out DIR [--catalog catalog.json] [--locale zh_CN|en]");
            }
        }
        headless();
        Files.createDirectories(out);
        ScreenshotTool tool = new ScreenshotTool(out, catalog, locale);
        Platform.startup(() -> Platform.setImplicitExit(false));
        try {
            tool.renderAll();
        } finally {
            Platform.exit();
        }
        LOG.info("Wrote {} screenshots to {}", tool.written, out.toAbsolutePath());
    }

    private void renderAll() throws Exception {
        for (Theme theme : Theme.values()) {
            for (Orientation orientation : Orientation.values()) {
                CompletableFuture<Void> done = new CompletableFuture<>();
                Platform.runLater(() -> {
                    try {
                        render(theme, orientation);
                        done.complete(null);
                    } catch (RuntimeException | Error e) {
                        done.completeExceptionally(e);
                    }
                });
                done.get(120, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Reads a catalogue file: either what central serves, or central's source file, which has no
     * version and publishedAt (central stamps them when it loads the file); those get fixed values.
     */
    static Catalog readCatalog(Path file) throws IOException {
        ObjectMapper json = ApiJson.mapper();
        JsonNode tree = json.readTree(file.toFile());
        if (!(tree instanceof ObjectNode object)) {
            throw new IOException("Catalogue file " + file + " does not hold a JSON object");
        }
        if (!object.hasNonNull("version")) {
            object.put("version", "screenshots");
        }
        if (!object.hasNonNull("publishedAt")) {
            object.put("publishedAt", "2026-11-26T00:00:00Z");
        }
        return json.treeToValue(object, Catalog.class);
    }

    /** Monocle headless with software rendering, unless the caller chose otherwise. */
    public static void headless() {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1920x1920-32"));
        System.setProperty("java.awt.headless", "true");
    }

    private void render(Theme theme, Orientation orientation) {
        try (ReaderRig rig = new ReaderRig()) {
            render(theme, orientation, rig);
        } catch (LinkLostException e) {
            throw new IllegalStateException("The ID card reader emulator did not answer", e);
        }
    }

    private void render(Theme theme, Orientation orientation, ReaderRig rig) {
        UiFixture fx = UiFixture.create(b -> b.theme(theme).orientation(orientation).locale(locale), catalog);
        fx.catalog.refresh();
        // reads run at once on the FX thread; the reader's own poll events are dropped and the card events
        // are given by hand, so that every shot shows one defined state
        IdCardAccess reader = rig.access(Runnable::run, task -> {
            if (Platform.isFxApplicationThread()) {
                task.run();
            }
        });
        org.budayang.kiosk.ui.printing.PrintShots prints = new org.budayang.kiosk.ui.printing.PrintShots(fx);
        KioskShell shell = new KioskShell(fx.context(Duration.ofSeconds(3), reader));
        Scene scene = shell.createScene();
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        ShellViewModel vm = shell.viewModel();
        String suffix = "-" + theme.configValue() + "-" + orientation.configValue();

        shot(scene, "attract" + suffix);
        vm.start();
        shot(scene, "home" + suffix);
        identification(scene, vm, rig, suffix);
        vm.home().applyHotWord(vm.home().hotWords().isEmpty() ? "证明" : vm.home().hotWords().get(0));
        shot(scene, "home-search" + suffix);
        vm.goHome();
        // the department with the most items, so that 长者模式 shows its pager when there are more than 4
        Department dept = java.util.Arrays.stream(Department.values())
                .max(java.util.Comparator.comparingInt(d -> catalog.byDepartment(d).size())).orElseThrow();
        vm.openDepartment(dept);
        shot(scene, "department" + suffix);
        ServiceItem first = catalog.byDepartment(dept).get(0);
        vm.openItem(first);
        shot(scene, "guide" + suffix);
        shell.guideView().scrollToEnd();
        shot(scene, "guide-scrolled" + suffix);
        vm.openHelp();
        shot(scene, "help" + suffix);
        vm.closeOverlay();
        vm.startItem();
        shot(scene, "start-notice" + suffix);
        vm.closeOverlay();
        prints.render(fx, vm, first, name -> shot(scene, name + suffix));

        fx.centralUp.set(false);
        fx.catalog.refresh();
        vm.goHome();
        ServiceItem unavailable = unavailableItem(fx);
        vm.openDepartment(unavailable.department());
        vm.openItem(unavailable);
        shot(scene, "guide-unavailable" + suffix);
        vm.back();
        shot(scene, "department-unavailable" + suffix);
        fx.centralUp.set(true);
        fx.catalog.refresh();

        fx.clock.advance(fx.config.idleTimeout().plusSeconds(3));
        vm.idle().tick();
        shot(scene, "idle" + suffix);
        vm.idle().activity();

        vm.openPinPad();
        for (char c : "1234".toCharArray()) {
            vm.pinPad().digit(c - '0');
        }
        vm.pinPad().submit();
        vm.pinPad().digit(2);
        vm.pinPad().digit(4);
        shot(scene, "pin-pad" + suffix);
        vm.pinPad().delete();
        vm.pinPad().delete();
        for (char c : UiFixture.DEMO_PIN.toCharArray()) {
            vm.pinPad().digit(c - '0');
        }
        vm.pinPad().submit();
        shot(scene, "technician" + suffix);
        org.budayang.kiosk.ui.tech.TechnicianShots.render(fx, vm, name -> shot(scene, name + suffix));
        // 暂停服务, as central ops order it (issue #9): over attract once the session has ended
        vm.finish();
        shell.outOfService().takeOutOfService("设备维护中，请到3号窗口办理。预计今日17:00恢复服务");
        shot(scene, "out-of-service" + suffix);
        shell.outOfService().backInService();
        shell.stop();
        stage.hide();
    }

    private void identification(Scene scene, ShellViewModel vm, ReaderRig rig, String suffix) {
        CardEvent placed = new CardEvent(CardEvent.Type.PLACED, java.time.Instant.now());
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        vm.cardEvent(placed);
        shot(scene, "home-identified" + suffix);
        vm.finish();
        rig.emulator.place(ReaderRig.EXPIRED_CARD);
        vm.cardEvent(placed);
        shot(scene, "home-card-expired" + suffix);
        vm.finish();
        rig.emulator.failNextReads(3, Sw3.READ_FAILED);
        rig.emulator.place(ReaderRig.ZHANG_SAN);
        vm.cardEvent(placed);
        shot(scene, "home-card-failed" + suffix);
        rig.emulator.remove();
        vm.finish();
        vm.start();
    }

    /** An item the fixture's kiosk cannot do now, preferring one with several reasons. */
    private ServiceItem unavailableItem(UiFixture fx) {
        return catalog.items().stream()
                .max(java.util.Comparator.comparingInt(i -> fx.availability.check(i).reasons().size()))
                .orElseThrow(() -> new IllegalStateException("the catalogue has no items"));
    }

    private void shot(Scene scene, String name) {
        writePng(scene, out.resolve(name + ".png"));
        written++;
    }

    /** Lays {@code scene} out, snapshots it and writes it to {@code file} as PNG (on the FX thread). */
    public static void writePng(Scene scene, Path file) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write screenshot " + file, e);
        }
    }
}
