package org.budayang.kiosk.ui.shell;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.budayang.api.catalog.Catalog;
import org.budayang.kiosk.catalog.CatalogOrigin;
import org.budayang.kiosk.catalog.LoadedCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue as the screens see it. {@link #refresh()} loads it off the FX thread through the
 * background executor and publishes the result through the FX executor (tests pass same-thread
 * executors for both).
 */
public final class CatalogModel {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogModel.class);

    private final Supplier<LoadedCatalog> loader;
    private final Executor background;
    private final Executor fx;
    /** The kinds of task queued or running; a second task of the same kind is skipped, not piled up. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ReadOnlyObjectWrapper<LoadedCatalog> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");

    /**
     * @param loader     loads the catalogue (e.g. {@code CatalogService::refresh}); may block on the network
     * @param background runs the loader
     * @param fx         publishes the result on the FX thread
     */
    public CatalogModel(Supplier<LoadedCatalog> loader, Executor background, Executor fx) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** Starts a refresh unless one is already running. */
    public void refresh() {
        submit("refresh", loader);
    }

    /**
     * Runs a catalogue task off the FX thread (start from the cache, refresh, health check) and
     * publishes what it returns; skipped while a task of the same kind is queued or running (a hanging
     * central must not pile up refreshes).
     */
    public void submit(String what, Supplier<LoadedCatalog> task) {
        Objects.requireNonNull(task, "task");
        if (!inFlight.add(what)) {
            LOG.debug("Catalogue {} skipped: the previous one is still queued or running", what);
            return;
        }
        try {
            background.execute(() -> {
                try {
                    LoadedCatalog result = task.get();
                    fx.execute(() -> publish(result));
                } catch (RuntimeException e) {
                    LOG.error("Catalogue {} failed; the kiosk keeps the catalogue it has", what, e);
                } finally {
                    inFlight.remove(what);
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.remove(what);
            LOG.debug("Catalogue {} not run: the background executor is shut down", what);
        }
    }

    private void publish(LoadedCatalog result) {
        LoadedCatalog previous = loaded.get();
        loaded.set(result);
        if (previous == null || previous.origin() != result.origin()
                || previous.centralReachable() != result.centralReachable()) {
            LOG.info("Catalogue now from {} (version {}, central reachable: {})", result.origin(),
                    result.catalog().version(), result.centralReachable());
        }
    }

    public ReadOnlyObjectProperty<LoadedCatalog> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public LoadedCatalog loaded() {
        return loaded.get();
    }

    /** The catalogue, if one was loaded from central or the cache (not the empty one of NONE). */
    public Optional<Catalog> catalog() {
        LoadedCatalog l = loaded.get();
        return l == null || l.origin() == CatalogOrigin.NONE ? Optional.empty() : Optional.of(l.catalog());
    }
}
