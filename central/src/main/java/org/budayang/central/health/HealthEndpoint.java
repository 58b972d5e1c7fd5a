package org.budayang.central.health;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.Objects;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.health.HealthStatus;
import org.budayang.central.catalog.CatalogRepository;

/**
 * {@code GET /health}: {@link HealthStatus} with central's version, the catalogue version it
 * publishes and its clock. The status is {@code DEGRADED} while the catalogue has no items,
 * because kiosks would then offer nothing.
 */
public final class HealthEndpoint implements Handler {
    private final CatalogRepository catalogs;
    private final Clock clock;
    private final String version;

    public HealthEndpoint(CatalogRepository catalogs, Clock clock, String version) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.version = Objects.requireNonNull(version, "version");
    }

    @Override
    public void handle(Context ctx) {
        Catalog catalog = catalogs.current();
        String status = catalog.items().isEmpty() ? HealthStatus.DEGRADED : HealthStatus.UP;
        ctx.json(new HealthStatus(status, version, catalog.version(), clock.instant()));
    }
}
