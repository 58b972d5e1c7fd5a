package org.budayang.kiosk.catalog;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.health.HealthStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk's catalogue: from central when it answers, from the disk cache when it does not,
 * and an empty catalogue with the reason when neither is there. Never throws for a network failure;
 * the outcome and the technician's problem text are in the {@link LoadedCatalog}.
 *
 * <p>Thread-safe: {@link #refresh()} and {@link #checkHealth()} run on a background thread while the
 * UI reads {@link #current()} and {@link #centralReachable()}.
 */
public final class CatalogService {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogService.class);

    private final CentralClient client;
    private final CatalogCache cache;
    private final Clock clock;
    private volatile LoadedCatalog current;
    private volatile boolean centralReachable;
    /** The outcome of the last contact, null before the first; for logging state changes once. */
    private Boolean lastContact;

    public CatalogService(CentralClient client, CatalogCache cache, Clock clock) {
        this.client = Objects.requireNonNull(client, "CatalogService.client is required");
        this.cache = Objects.requireNonNull(cache, "CatalogService.cache is required");
        this.clock = Objects.requireNonNull(clock, "CatalogService.clock is required");
        this.current = LoadedCatalog.none(clock.instant(), false, "the catalogue has not been loaded yet");
    }

    /**
     * Asks central for the catalogue (conditionally, when one is held) and saves a new one to the
     * cache; when central fails, falls back to the cache, then to an empty catalogue.
     */
    public synchronized LoadedCatalog refresh() {
        Instant now = clock.instant();
        LoadedCatalog previous = current;
        String held = previous.origin() == CatalogOrigin.NONE ? null : previous.catalog().version();
        try {
            Optional<Catalog> fetched = client.fetchCatalogIfChanged(held);
            reachable(true, null);
            Catalog catalog = fetched.orElse(previous.catalog());
            String problem = null;
            if (fetched.isPresent() || previous.origin() != CatalogOrigin.CENTRAL) {
                problem = save(catalog);
                LOG.info("Catalogue {} with {} items loaded from central {}", catalog.version(),
                        catalog.items().size(), client.baseUrl());
            }
            return set(new LoadedCatalog(catalog, CatalogOrigin.CENTRAL, now, true, problem));
        } catch (CentralUnavailableException e) {
            reachable(false, e.getMessage());
            return set(fallBack(previous, now, e.getMessage()));
        }
    }

    /**
     * Asks central's health endpoint and records whether it is reachable; an answer of DEGRADED counts
     * as unreachable, since central's back-end systems are failing.
     *
     * @return whether central is reachable and UP
     */
    public synchronized boolean checkHealth() {
        try {
            HealthStatus health = client.health();
            if (!HealthStatus.UP.equals(health.status())) {
                String problem = "Central " + client.baseUrl() + " reports health " + health.status();
                reachable(false, problem);
                update(false, problem);
                return false;
            }
            reachable(true, null);
            update(true, null);
            return true;
        } catch (CentralUnavailableException e) {
            reachable(false, e.getMessage());
            update(false, e.getMessage());
            return false;
        }
    }

    /**
     * Shows the saved catalogue without contacting central, for a fast start before the first
     * {@link #refresh()}; does nothing when a catalogue is already held. Central counts as unreachable
     * until the first contact.
     */
    public synchronized LoadedCatalog startFromCache() {
        if (current.origin() != CatalogOrigin.NONE) {
            return current;
        }
        return set(fallBack(current, clock.instant(), "central not contacted yet"));
    }

    /** The catalogue the kiosk shows now. */
    public LoadedCatalog current() {
        return current;
    }

    /** Whether central answered at the last contact ({@link #refresh()} or {@link #checkHealth()}). */
    public boolean centralReachable() {
        return centralReachable;
    }

    private LoadedCatalog fallBack(LoadedCatalog previous, Instant now, String problem) {
        Optional<CachedCatalog> cached;
        try {
            cached = cache.load();
        } catch (UncheckedIOException e) {
            LOG.warn("Catalogue cache unusable: {}", e.getMessage());
            cached = Optional.empty();
            problem = problem + "; " + e.getMessage();
        }
        if (cached.isPresent()) {
            return new LoadedCatalog(cached.get().catalog(), CatalogOrigin.CACHE, cached.get().savedAt(), false,
                    problem);
        }
        if (previous.origin() != CatalogOrigin.NONE) {
            // the cache could not be written earlier; keep what central gave us in this run
            return previous.withContact(false, problem);
        }
        return LoadedCatalog.none(now, false, problem + "; no saved catalogue in " + cache.file());
    }

    private String save(Catalog catalog) {
        try {
            cache.store(catalog);
            return null;
        } catch (UncheckedIOException e) {
            LOG.warn("Catalogue {} is in use but not saved; the kiosk cannot start from it offline: {}",
                    catalog.version(), e.getMessage());
            return e.getMessage();
        }
    }

    private void reachable(boolean now, String problem) {
        Boolean before = lastContact;
        lastContact = now;
        centralReachable = now;
        if (now) {
            if (!Boolean.TRUE.equals(before)) {
                LOG.info("Central {} is reachable", client.baseUrl());
            }
        } else if (Boolean.FALSE.equals(before)) {
            LOG.debug("Central still unavailable: {}", problem);
        } else {
            LOG.warn("Central is unavailable; items that need central are marked unavailable: {}", problem);
        }
    }

    private void update(boolean reachable, String problem) {
        LoadedCatalog loaded = current;
        if (loaded.origin() == CatalogOrigin.CENTRAL) {
            current = loaded.withContact(reachable, problem);
        } else {
            current = loaded.withContact(reachable, loaded.problem());
        }
    }

    private LoadedCatalog set(LoadedCatalog loaded) {
        current = loaded;
        return loaded;
    }
}
