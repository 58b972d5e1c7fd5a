package org.budayang.central.catalog;

/**
 * The catalogue source could not be read or is invalid. The message names the source (file or
 * resource), the JSON path of the broken value and the item it belongs to, and what to fix.
 */
public class CatalogLoadException extends RuntimeException {
    /** Stable code for fleet reporting. */
    public static final String CODE = "CATALOG_INVALID";

    public CatalogLoadException(String message) {
        super(message);
    }

    public CatalogLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
