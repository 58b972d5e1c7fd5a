package org.budayang.kiosk.catalog;

/** Where the catalogue the kiosk shows came from. */
public enum CatalogOrigin {
    /** Fetched from central at the last refresh (or confirmed unchanged by it). */
    CENTRAL,
    /** Central was unreachable; the copy saved on disk the last time central answered. */
    CACHE,
    /** Neither central nor a saved copy: the catalogue is empty. */
    NONE
}
