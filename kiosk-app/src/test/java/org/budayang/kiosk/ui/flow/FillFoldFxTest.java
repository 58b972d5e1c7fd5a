package org.budayang.kiosk.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.budayang.api.catalog.StepType;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.identity.IdentificationWay;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.ScreenshotTool;
import org.budayang.kiosk.ui.input.TouchInputEditors;
import org.budayang.kiosk.ui.shell.KioskShell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a FILL step with a text input at 1920×1080 (landscape, the kiosk's real touch editors) the citizen sees the
 * input, the whole on-screen keyboard and 下一步 without scrolling: each lies inside the visible part of the screen
 * with the flow's scroll pane at its top. The screen is also written to
 * {@code target/screenshots/fill-fold/<input>-<theme>.png} to look at. (长者模式's larger keys do not fit 1080 px
 * yet: there the keyboard still needs scrolling.)
 */
class FillFoldFxTest {
    static {
        ScreenshotTool.headless();
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Platform.setImplicitExit(false));
    }

    @ParameterizedTest
    @CsvSource({"无犯罪记录证明开具, useUnit, standard", "基本医疗保险参保人员异地就医备案, address, standard"})
    void theInputItsKeyboardAndNextAreAllVisibleWithoutScrolling(String itemName, String key, String theme)
            throws Exception {
        Theme chosen = Theme.valueOf(theme.toUpperCase(java.util.Locale.ROOT));
        AtomicReference<String> problems = new AtomicReference<>();
        try (FlowRig rig = new FlowRig(b -> b.theme(chosen).orientation(Orientation.LANDSCAPE), FlowRig.RUN_HERE)) {
            FxToolkit.setupFixture(() -> {
                FlowRuntime runtime = new FlowRuntime(Runnable::run, Runnable::run, rig.speaker,
                        TouchInputEditors.create(rig.fixture.clock));
                KioskShell shell = new KioskShell(rig.context, runtime);
                Scene scene = shell.createScene();
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                try {
                    FlowEngine flow = shell.viewModel().flow();
                    shell.viewModel().start();
                    shell.viewModel().openItem(rig.item(itemName));
                    shell.viewModel().startItem();
                    shell.viewModel().identificationChoice().choose(IdentificationWay.ID_CARD);
                    rig.reader.emulator.place(ReaderRig.ZHANG_SAN);
                    shell.viewModel().cardEvent(FlowRig.PLACED);
                    rig.showFace();
                    if (flow.status().stepProperty().get().type() == StepType.CHOOSE) {
                        flow.form().update("filingType", "异地长期居住", true);
                        flow.form().update("treatmentRegion", "440305", true);
                        flow.next();
                    }
                    assertEquals(StepType.FILL, flow.status().stepProperty().get().type());
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    Path png = Path.of("target", "screenshots", "fill-fold", key + "-" + theme + ".png");
                    Files.createDirectories(png.getParent());
                    ScreenshotTool.writePng(scene, png);
                    problems.set(hidden(scene, key));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    shell.stop();
                    stage.hide();
                }
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", problems.get(), "visible without scrolling at 1920×1080 (" + theme + ")");
    }

    /** What of the input, its keyboard and 下一步 is not fully inside the visible screen, or "". */
    private static String hidden(Scene scene, String key) {
        ScrollPane scroll = (ScrollPane) scene.lookup(".flow-scroll");
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        double top = Math.max(0, viewport.getMinY());
        double bottom = Math.min(scene.getHeight(), viewport.getMaxY());
        List<String> out = new ArrayList<>();
        for (String id : List.of("display-" + key, "kb-" + key + "-a", "kb-" + key + "-m", "kb-" + key + "-back",
                "kb-" + key + "-space")) {
            Node node = scene.lookup("#" + id);
            if (node == null) {
                out.add(id + " is missing");
                continue;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getMinY() < top || b.getMaxY() > bottom) {
                out.add(id + " at y " + Math.round(b.getMinY()) + "-" + Math.round(b.getMaxY()) + " outside the"
                        + " visible " + Math.round(top) + "-" + Math.round(bottom));
            }
        }
        Node next = scene.lookup("#flow-next");
        Bounds n = next.localToScene(next.getLayoutBounds());
        if (n.getMaxY() > scene.getHeight() || !next.isVisible()) {
            out.add("下一步 at y " + Math.round(n.getMinY()) + "-" + Math.round(n.getMaxY()) + " below the screen");
        }
        return String.join("; ", out);
    }
}
