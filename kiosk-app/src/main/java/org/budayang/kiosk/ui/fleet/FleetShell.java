package org.budayang.kiosk.ui.fleet;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.budayang.kiosk.catalog.CatalogOrigin;
import org.budayang.kiosk.catalog.LoadedCatalog;
import org.budayang.kiosk.core.config.ConfigEditor;
import org.budayang.kiosk.core.config.ConfigException;
import org.budayang.kiosk.fleet.commands.KioskShell;
import org.budayang.kiosk.fleet.commands.ShellCommandException;
import org.budayang.kiosk.ui.paused.OutOfServiceViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real kiosk shell as central ops' remote commands see it ({@link KioskShell}, issue #9). Called on the command
 * poller's thread; UI work is handed to the FX thread and waited for. Out of service / back in service drive the
 * 暂停服务 screen ({@link OutOfServiceViewModel}); reload fetches the catalogue from central now and shows it;
 * restart waits until no citizen session is open and then leaves with the exit code the systemd unit restarts on; set-config goes through
 * {@link ConfigEditor} (validated, atomic); logs come from {@link LogCollector} (ID numbers masked); the screenshot
 * is a PNG of the scene at half size, never while a session is open.
 */
public final class FleetShell implements KioskShell {
    private static final Logger LOG = LoggerFactory.getLogger(FleetShell.class);
    /** How long a UI change may take on the FX thread before the command fails. */
    static final Duration FX_BUDGET = Duration.ofSeconds(10);
    /** How long a restart waits for the open session to end. */
    public static final Duration RESTART_WAIT = Duration.ofMinutes(30);

    private final Executor fx;
    private final OutOfServiceViewModel outOfService;
    private final BooleanSupplier sessionOpen;
    private final Supplier<LoadedCatalog> fetchCatalog;
    private final Consumer<LoadedCatalog> showCatalog;
    private final Runnable restart;
    private final ConfigEditor config;
    private final LogCollector logs;
    private final Supplier<Parent> screen;

    private FleetShell(Builder b) {
        this.fx = Objects.requireNonNull(b.fx, "FleetShell.fx");
        this.outOfService = Objects.requireNonNull(b.outOfService, "FleetShell.outOfService");
        this.sessionOpen = Objects.requireNonNull(b.sessionOpen, "FleetShell.sessionOpen");
        this.fetchCatalog = Objects.requireNonNull(b.fetchCatalog, "FleetShell.fetchCatalog");
        this.showCatalog = Objects.requireNonNull(b.showCatalog, "FleetShell.showCatalog");
        this.restart = Objects.requireNonNull(b.restart, "FleetShell.restart");
        this.config = Objects.requireNonNull(b.config, "FleetShell.config");
        this.logs = Objects.requireNonNull(b.logs, "FleetShell.logs");
        this.screen = Objects.requireNonNull(b.screen, "FleetShell.screen");
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void outOfService(String message) {
        onFx("OUT_OF_SERVICE", () -> {
            try {
                outOfService.takeOutOfService(message);
            } catch (IllegalArgumentException e) {
                throw new ShellCommandException("MESSAGE_TOO_LONG", e.getMessage());
            }
            return null;
        });
    }

    @Override
    public void backInService() {
        onFx("BACK_IN_SERVICE", () -> {
            outOfService.backInService();
            return null;
        });
    }

    /** Fetches the catalogue from central now (on the poller's thread) and shows it; FAILED when central did not. */
    @Override
    public void reloadCatalog() {
        LoadedCatalog loaded = fetchCatalog.get();
        showCatalog.accept(loaded);
        if (loaded.origin() != CatalogOrigin.CENTRAL) {
            throw new ShellCommandException("CATALOG_NOT_RELOADED", "central's catalogue could not be fetched ("
                    + loaded.problem() + "); the kiosk keeps the " + loaded.origin() + " catalogue version "
                    + loaded.catalog().version());
        }
        LOG.info("Catalogue version {} reloaded from central as ops ordered", loaded.catalog().version());
    }

    @Override
    public void restart() {
        long deadline = System.nanoTime() + RESTART_WAIT.toNanos();
        while (sessionOpen()) {
            if (System.nanoTime() > deadline) {
                throw new ShellCommandException("SESSION_OPEN", "a citizen's session stayed open for "
                        + RESTART_WAIT.toMinutes() + " min; the kiosk did not restart. Send the command again");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShellCommandException("INTERRUPTED", "the kiosk stopped while waiting to restart");
            }
        }
        LOG.info("Restarting the kiosk application as central ops ordered");
        restart.run();
    }

    @Override
    public void setConfig(String key, String value) {
        try {
            config.set(key, value);
        } catch (ConfigException e) {
            throw new ShellCommandException("CONFIG_REFUSED", e.getMessage());
        }
        LOG.info("Configuration key {} changed by central ops in {}; read at the next start", key, config.file());
    }

    @Override
    public byte[] collectLogs() {
        return logs.collect();
    }

    @Override
    public byte[] screenshot() {
        return onFx("SCREENSHOT", () -> ScreenCapture.png(screen.get(), 0.5));
    }

    @Override
    public boolean sessionOpen() {
        return sessionOpen.getAsBoolean();
    }

    private <T> T onFx(String what, java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        fx.execute(() -> {
            try {
                done.complete(work.call());
            } catch (Exception | Error e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(FX_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ShellCommandException("UI_TIMEOUT", what + ": the screen did not answer within "
                    + FX_BUDGET.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShellCommandException("INTERRUPTED", what + ": interrupted while waiting for the screen");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(what + " failed on the FX thread: " + e.getCause(), e.getCause());
        }
    }

    /** Builds a {@link FleetShell}; every part is required. */
    public static final class Builder {
        private Executor fx;
        private OutOfServiceViewModel outOfService;
        private BooleanSupplier sessionOpen;
        private Supplier<LoadedCatalog> fetchCatalog;
        private Consumer<LoadedCatalog> showCatalog;
        private Runnable restart;
        private ConfigEditor config;
        private LogCollector logs;
        private Supplier<Parent> screen;

        private Builder() {
        }

        /** {@code Platform::runLater} */
        public Builder fx(Executor value) {
            fx = value;
            return this;
        }

        public Builder outOfService(OutOfServiceViewModel value) {
            outOfService = value;
            return this;
        }

        /** Whether a citizen's session is open now (any thread). */
        public Builder sessionOpen(BooleanSupplier value) {
            sessionOpen = value;
            return this;
        }

        /**
         * @param fetch asks central for the catalogue now ({@code CatalogService::refresh}), any thread
         * @param show  hands the result to the screens ({@code CatalogModel.submit})
         */
        public Builder catalog(Supplier<LoadedCatalog> fetch, Consumer<LoadedCatalog> show) {
            fetchCatalog = fetch;
            showCatalog = show;
            return this;
        }

        /** Leaves the application so that it is started again (KioskMain: exit code {@code EXIT_RESTART}). */
        public Builder restart(Runnable value) {
            restart = value;
            return this;
        }

        public Builder config(ConfigEditor value) {
            config = value;
            return this;
        }

        public Builder logs(LogCollector value) {
            logs = value;
            return this;
        }

        /** The scene's root, read on the FX thread for a screenshot. */
        public Builder screen(Supplier<Parent> value) {
            screen = value;
            return this;
        }

        public FleetShell build() {
            return new FleetShell(this);
        }
    }
}
