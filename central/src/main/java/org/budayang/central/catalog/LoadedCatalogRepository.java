package org.budayang.central.catalog;

import java.util.Objects;
import org.budayang.api.catalog.Catalog;

/** A repository holding one catalogue loaded at start (from the bundled resource or a file). */
public final class LoadedCatalogRepository implements CatalogRepository {
    private final Catalog catalog;

    public LoadedCatalogRepository(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public Catalog current() {
        return catalog;
    }
}
