package org.budayang.central.web;

import io.javalin.Javalin;

/**
 * A feature of central (connectors, documents, fleet…) that adds its routes to the server. Kiosk
 * endpoints go under {@code /api/v1/} (authenticated as a kiosk, idempotency keys on POST);
 * public pages (e.g. {@code /verify/{code}}) outside it. Handlers throw
 * {@link ApiException} for the client's mistakes; never catch-and-500.
 */
@FunctionalInterface
public interface CentralModule {
    void addRoutes(Javalin app);
}
