package org.budayang.kiosk.ui.input;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import org.budayang.api.catalog.InputKind;
import org.budayang.api.catalog.StepInput;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.security.MutableClock;
import org.budayang.kiosk.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Shows editors from {@link TouchInputEditors} on a real stage under Monocle and taps them with the TestFX robot. */
abstract class EditorFxTest {
    static {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1920-32");
        }
    }

    /** Read once for all the editor tests (as the kiosk does). */
    static final PinyinDictionary DICTIONARY = PinyinDictionary.load();
    protected final FxRobot robot = new FxRobot();
    protected final MutableClock clock = new MutableClock(UiFixture.MORNING);
    protected final TouchInputEditors editors = new TouchInputEditors(clock, DICTIONARY);
    protected InputStage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Platform.setImplicitExit(false));
    }

    static StepInput input(String key, String label, InputKind kind, List<String> options, boolean required,
                           int maxLength, String hint) {
        return new StepInput(key, label, kind, options, required, maxLength, hint);
    }

    static StepInput input(String key, InputKind kind) {
        return new StepInput(key, key, kind, List.of(), true, 40, "");
    }

    /** Makes the editor and shows it on a stage of the theme. */
    protected InputEditor show(StepInput input, Theme theme) throws Exception {
        AtomicReference<InputEditor> editor = new AtomicReference<>();
        InputStage previous = stage;
        FxToolkit.setupFixture(() -> {
            if (previous != null) {
                previous.hide();
            }
            editor.set(editors.editorFor(input));
            stage = new InputStage(theme, 1500);
            stage.show((Parent) editor.get().node());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return editor.get();
    }

    protected InputEditor show(StepInput input) throws Exception {
        return show(input, Theme.STANDARD);
    }

    @AfterEach
    void hideStage() throws Exception {
        if (stage != null) {
            InputStage s = stage;
            FxToolkit.setupFixture(s::hide);
        }
    }

    /** Taps each id in turn ({@code #} added). */
    protected void tap(String... ids) {
        for (String id : ids) {
            robot.clickOn("#" + id);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Taps a pad's keys for each character of {@code keys} (digits and '.'). */
    protected void pad(String inputKey, String keys) {
        for (char c : keys.toCharArray()) {
            tap("key-" + inputKey + "-" + (c == '.' ? "point" : String.valueOf(c)));
        }
    }

    protected <T extends Node> T node(String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    protected double height(String id) {
        return node(id, Node.class).getBoundsInLocal().getHeight();
    }

    /** Runs on the FX thread and waits. */
    protected static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    /** The candidate button showing {@code text} on the bar now. */
    protected Button candidate(String text) {
        return robot.lookup(".candidate-key").match((Button b) -> text.equals(b.getText())).queryAs(Button.class);
    }
}
