package org.budayang.kiosk.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.budayang.api.catalog.Catalog;

/**
 * The catalogue the kiosk shows now and how it got it.
 *
 * @param catalog           the catalogue; empty (version {@value #NO_VERSION}) for {@link CatalogOrigin#NONE}
 * @param origin            where it came from
 * @param loadedAt          when central delivered this content: now for CENTRAL, the time it was saved for
 *                          CACHE, the time of the attempt for NONE
 * @param centralReachable  whether central answered at the last contact
 * @param problem           the technician's description of what went wrong, or null when nothing did
 */
public record LoadedCatalog(Catalog catalog, CatalogOrigin origin, Instant loadedAt, boolean centralReachable,
        String problem) {
    /** The version of the empty catalogue used when there is none. */
    public static final String NO_VERSION = "none";

    public LoadedCatalog {
        Objects.requireNonNull(catalog, "LoadedCatalog.catalog is required");
        Objects.requireNonNull(origin, "LoadedCatalog.origin is required");
        Objects.requireNonNull(loadedAt, "LoadedCatalog.loadedAt is required");
        if (origin != CatalogOrigin.CENTRAL && (problem == null || problem.isBlank())) {
            throw new IllegalArgumentException("LoadedCatalog: origin " + origin + " needs a problem text saying "
                    + "why central's catalogue is not used");
        }
    }

    /** The empty catalogue of {@link CatalogOrigin#NONE}. */
    public static Catalog emptyCatalog() {
        return new Catalog(NO_VERSION, Instant.EPOCH, List.of());
    }

    /** Nothing loaded, with the reason. */
    public static LoadedCatalog none(Instant at, boolean centralReachable, String problem) {
        return new LoadedCatalog(emptyCatalog(), CatalogOrigin.NONE, at, centralReachable, problem);
    }

    /** Whether {@link #problem()} is set. */
    public boolean hasProblem() {
        return problem != null;
    }

    /** A copy with another reachability and problem, same catalogue. */
    LoadedCatalog withContact(boolean reachable, String newProblem) {
        return new LoadedCatalog(catalog, origin, loadedAt, reachable, newProblem);
    }
}
