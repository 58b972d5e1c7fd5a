package org.budayang.central.catalog;

import org.budayang.api.catalog.Catalog;

/**
 * A check of a parsed catalogue against what central can serve (e.g. the form keys the application rules accept),
 * run by {@link CatalogLoader} before the catalogue is published; a problem stops the load with a
 * {@link CatalogLoadException} naming the source, the item and what to fix.
 */
@FunctionalInterface
public interface CatalogCheck {
    /**
     * @param source  the catalogue's file or resource, for the message
     * @param catalog the parsed catalogue
     * @throws CatalogLoadException naming the item, the value and what central accepts
     */
    void check(String source, Catalog catalog);
}
