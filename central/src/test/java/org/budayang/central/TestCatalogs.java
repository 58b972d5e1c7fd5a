package org.budayang.central;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.json.ApiJson;
import org.budayang.central.catalog.CatalogLoader;

/** The bundled catalogue, loaded the way central loads it, at a fixed time. */
public final class TestCatalogs {
    public static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestCatalogs() {
    }

    public static Catalog bundled() {
        return new CatalogLoader(ApiJson.mapper(), CLOCK,
                java.util.List.of(new org.budayang.central.applications.ItemFormsCheck())).loadBundled();
    }
}
