package org.budayang.kiosk.ui.tech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.KioskApplication;
import org.budayang.kiosk.ui.ScreenshotTool;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.Overlay;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real kiosk shell under Monocle headless (1920×1920, so both orientations fit) for the technician pages' TestFX
 * tests: launched in a theme and orientation, the panel opened with the demo PIN, the robot touching the pages.
 */
abstract class PanelFxTest {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1920-32");
        }
    }

    protected final FxRobot robot = new FxRobot();
    protected KioskApplication app;
    protected Stage stage;
    protected String look;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Platform.setImplicitExit(false));
    }

    /** Shows the kiosk in {@code theme} and {@code orientation}; the screenshots' names end with them. */
    protected UiFixture launch(Theme theme, Orientation orientation) throws Exception {
        UiFixture fixture = UiFixture.create(b -> b.theme(theme).orientation(orientation));
        look = "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + orientation.name().toLowerCase(java.util.Locale.ROOT);
        FxToolkit.setupFixture(() -> {
            fixture.catalog.refresh();
            app = new KioskApplication(fixture.context(Duration.ofMillis(400)), true);
            stage = new Stage();
            app.start(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return fixture;
    }

    @AfterEach
    void closeKiosk() throws Exception {
        if (app != null) {
            FxToolkit.setupFixture(() -> {
                app.stop();
                stage.hide();
            });
        }
    }

    protected ShellViewModel vm() {
        return app.shell().viewModel();
    }

    /** The hidden corner's PIN pad, the demo PIN: the technician panel. */
    protected void openPanel() {
        robot.interact(() -> {
            vm().openPinPad();
            for (char c : UiFixture.DEMO_PIN.toCharArray()) {
                vm().pinPad().digit(c - '0');
            }
            vm().pinPad().submit();
        });
        if (vm().overlayProperty().get() != Overlay.TECHNICIAN) {
            throw new AssertionError("the demo PIN did not open the technician panel");
        }
    }

    protected <T extends Node> T node(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    /** Whether the node and all its parents are visible. */
    protected boolean shown(String query) {
        Node node = robot.lookup(query).query();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    protected void await(String what, int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen as the technician sees it: target/screenshots/NAME-theme-orientation.png. */
    protected void shot(String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        robot.interact(() -> ScreenshotTool.writePng(stage.getScene(), out.resolve(name + look + ".png")));
    }
}
