package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.bench.SoakRunner;
import org.budayang.kiosk.ui.shell.Overlay;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.Test;

/** A soak round visits every department and a guide, and ends on attract with nothing kept. */
class SoakRunnerFxTest extends KioskFxTest {

    @Test
    void aRoundEndsOnAttractWithEverythingWiped() throws Exception {
        launch(UiFixture.standard());
        AtomicInteger exits = new AtomicInteger();
        SoakRunner runner = new SoakRunner(vm(), app.shell().root(), 2, exits::incrementAndGet);
        robot.interact(() -> {
            runner.runRound();
            runner.runRound();
        });
        assertEquals(Screen.ATTRACT, vm().screenProperty().get());
        assertEquals(Overlay.NONE, vm().overlayProperty().get());
        assertEquals(0, vm().historyDepthProperty().get());
        assertNull(vm().guide().item());
        assertEquals(Theme.STANDARD, vm().themeProperty().get());
        assertEquals(2, vm().wipesProperty().get());
        assertEquals(0, exits.get(), "runRound alone does not end the soak");
    }
}
