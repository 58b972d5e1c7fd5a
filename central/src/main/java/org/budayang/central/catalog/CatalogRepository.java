package org.budayang.central.catalog;

import org.budayang.api.catalog.Catalog;

/** Where central gets the catalogue it publishes; handlers ask it on every request. */
public interface CatalogRepository {
    /** The catalogue to publish now; never null. */
    Catalog current();
}
