package org.budayang.kiosk.ui.fx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.budayang.kiosk.identity.IdCardAccess;
import org.budayang.kiosk.ui.KioskApplication;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real kiosk shell (windowed, on its own stage) under Monocle headless for each test and
 * drives it with the TestFX robot. The Monocle screen is 1920×1920 so both orientations fit.
 */
abstract class KioskFxTest {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1920-32");
        }
    }

    protected final FxRobot robot = new FxRobot();
    protected UiFixture fx;
    protected KioskApplication app;
    protected Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Platform.setImplicitExit(false));
    }

    /** Shows the kiosk for the fixture (its catalogue loaded first) on a new stage. */
    protected void launch(UiFixture fixture, Duration longPress) throws Exception {
        launch(fixture, longPress, IdCardAccess.none());
    }

    /** Shows the kiosk with an ID card reader. */
    protected void launch(UiFixture fixture, Duration longPress, IdCardAccess cardReader) throws Exception {
        this.fx = fixture;
        FxToolkit.setupFixture(() -> {
            fixture.catalog.refresh();
            app = new KioskApplication(fixture.context(longPress, cardReader), true);
            stage = new Stage();
            app.start(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void launch(UiFixture fixture) throws Exception {
        launch(fixture, Duration.ofMillis(400));
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

    /** Every text a citizen can see now: the labels and buttons whose whole path is visible. */
    protected List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        try {
            WaitForAsyncUtils.asyncFx(() -> collect(stage.getScene().getRoot(), texts)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the visible texts", e);
        }
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            texts.add(l.getText());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    protected boolean showing(String text) {
        return visibleTexts().contains(text);
    }

    /** Waits up to {@code seconds} until {@code text} is visible. */
    protected void awaitShowing(String text, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> showing(text));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("'" + text + "' was not shown within " + seconds + " s; visible: "
                    + visibleTexts(), e);
        }
    }

    protected <T extends Node> T node(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    protected Button itemButton(String implementationCode) {
        return robot.lookup(".item-button").match((Button b) -> implementationCode.equals(b.getUserData()))
                .queryAs(Button.class);
    }

    /** Waits for the idle view's 1-second timeline to tick at least once. */
    protected void waitForIdleTick() {
        WaitForAsyncUtils.sleep(1300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
