package org.budayang.kiosk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.kiosk.catalog.CatalogOrigin;
import org.budayang.kiosk.catalog.LoadedCatalog;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.junit.jupiter.api.Test;

class CatalogModelTest {
    private final LoadedCatalog fromCentral = new LoadedCatalog(TestCatalogs.sample(), CatalogOrigin.CENTRAL,
            Instant.parse("2026-11-26T02:00:00Z"), true, null);

    @Test
    void loadsInTheBackgroundAndPublishesOnTheFxExecutor() {
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        AtomicInteger loads = new AtomicInteger();
        CatalogModel model = new CatalogModel(() -> {
            loads.incrementAndGet();
            return fromCentral;
        }, background::add, fx::add);
        model.refresh();
        assertEquals(0, loads.get(), "nothing runs on the caller's thread");
        model.refresh();
        assertEquals(1, background.size(), "a second refresh while one runs is skipped");
        background.remove(0).run();
        assertEquals(1, loads.get());
        assertNull(model.loaded(), "not published before the FX executor runs");
        fx.remove(0).run();
        assertSame(fromCentral, model.loaded());
        assertEquals(TestCatalogs.VERSION, model.catalog().orElseThrow().version());
        model.refresh();
        assertEquals(1, background.size(), "a refresh after the first finished runs again");
    }

    @Test
    void tasksOfDifferentKindsQueueButTheSameKindIsNotPiledUp() {
        List<Runnable> background = new ArrayList<>();
        CatalogModel model = new CatalogModel(() -> fromCentral, background::add, Runnable::run);
        LoadedCatalog cached = new LoadedCatalog(TestCatalogs.sample(), CatalogOrigin.CACHE, Instant.EPOCH, false,
                "central not contacted yet");
        model.submit("start from cache", () -> cached);
        model.refresh();
        model.refresh();
        model.submit("start from cache", () -> cached);
        assertEquals(2, background.size());
        background.remove(0).run();
        assertSame(cached, model.loaded());
        background.remove(0).run();
        assertSame(fromCentral, model.loaded());
    }

    @Test
    void aFailingLoaderKeepsTheCatalogueItHas() {
        AtomicInteger calls = new AtomicInteger();
        CatalogModel model = new CatalogModel(() -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("disk on fire");
            }
            return fromCentral;
        }, Runnable::run, Runnable::run);
        model.refresh();
        model.refresh();
        assertEquals(2, calls.get());
        assertSame(fromCentral, model.loaded());
        model.refresh();
        assertEquals(3, calls.get(), "the failed task released the in-flight guard");
    }

    @Test
    void theEmptyCatalogueOfNoneIsNoCatalogue() {
        CatalogModel model = new CatalogModel(() -> LoadedCatalog.none(Instant.EPOCH, false, "no central, no cache"),
                Runnable::run, Runnable::run);
        model.refresh();
        assertEquals(CatalogOrigin.NONE, model.loaded().origin());
        assertTrue(model.catalog().isEmpty());
    }
}
