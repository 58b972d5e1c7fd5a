package org.budayang.kiosk.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.budayang.kiosk.ui.flow.FlowRuntime;
import org.budayang.kiosk.ui.shell.KioskShell;
import org.budayang.kiosk.ui.shell.Lockdown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's JavaFX application. It is constructed by the composition root with everything wired
 * ({@link KioskContext}) and started on the FX thread with the primary stage; there is no no-argument
 * constructor, so {@code Application.launch} cannot build it half-wired.
 */
public final class KioskApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApplication.class);

    private final KioskContext context;
    private final boolean windowed;
    private final FlowRuntime runtime;
    private KioskShell shell;
    private Stage stage;

    /**
     * @param windowed dev only: a normal window instead of full screen
     */
    public KioskApplication(KioskContext context, boolean windowed) {
        this(context, windowed, null);
    }

    /**
     * @param windowed dev only: a normal window instead of full screen
     * @param runtime  how the item flows run (the kiosk's voice and touch editors); null for
     *                 {@link FlowRuntime#standard}
     */
    public KioskApplication(KioskContext context, boolean windowed, FlowRuntime runtime) {
        this.context = Objects.requireNonNull(context, "context");
        this.windowed = windowed;
        this.runtime = runtime;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        shell = runtime == null ? new KioskShell(context) : new KioskShell(context, runtime);
        Scene scene = shell.createScene();
        Lockdown.lock(primaryStage, windowed);
        primaryStage.setTitle(context.messages().get("app.title"));
        primaryStage.setScene(scene);
        primaryStage.show();
        LOG.info("Kiosk shell shown for site {} ({}, {} theme)", context.config().siteName(),
                context.config().orientation(), context.config().theme());
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.stop();
        }
    }

    /** The shell; valid after {@link #start(Stage)}. */
    public KioskShell shell() {
        if (shell == null) {
            throw new IllegalStateException("KioskApplication.shell() called before start()");
        }
        return shell;
    }

    public Stage stage() {
        return stage;
    }
}
