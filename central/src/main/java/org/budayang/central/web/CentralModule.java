package org.budayang.central.web;

import io.javalin.Javalin;
import java.util.Optional;

/**
 * A feature of central (connectors, documents, identity…) that adds its routes to the server. Kiosk
 * endpoints go under {@code /api/v1/} (authenticated as a kiosk, idempotency keys on POST);
 * public pages (e.g. {@code /verify/{code}}) outside it. Handlers throw
 * {@link ApiException} for the client's mistakes; never catch-and-500.
 */
@FunctionalInterface
public interface CentralModule {
    void addRoutes(Javalin app);

    /**
     * The classpath resource (e.g. {@code openapi/documents.json}) holding this module's part of the
     * OpenAPI 3.0 document: a JSON object with {@code paths} and optionally {@code components.schemas};
     * central merges every module's part into the document it serves.
     */
    default Optional<String> openApiFragment() {
        return Optional.empty();
    }
}
