package org.budayang.kiosk.catalog;

import java.time.Instant;
import java.util.Objects;
import org.budayang.api.catalog.Catalog;

/**
 * The catalogue saved on disk and when it was saved.
 *
 * @param catalog the catalogue as central published it
 * @param savedAt when the kiosk received it from central and saved it
 */
public record CachedCatalog(Catalog catalog, Instant savedAt) {
    public CachedCatalog {
        Objects.requireNonNull(catalog, "CachedCatalog.catalog is required");
        Objects.requireNonNull(savedAt, "CachedCatalog.savedAt is required");
    }
}
