package org.budayang.central.connectors;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.budayang.api.ApiPaths;
import org.budayang.api.services.ApplicationRequest;
import org.budayang.api.services.PensionCertificationRequest;
import org.budayang.api.services.QueryRequest;
import org.budayang.central.applications.ApplicationService;
import org.budayang.central.applications.PensionCertifications;
import org.budayang.central.connectors.queries.ItemQueries;
import org.budayang.central.connectors.sandbox.SandboxAdmin;
import org.budayang.central.web.CentralModule;
import org.budayang.central.web.JsonBody;

/**
 * The department service endpoints for kiosks, and the sandbox admin API when the sandbox runs:
 * <ul>
 *   <li>{@code GET /api/v1/departments}: each department's availability</li>
 *   <li>{@code POST /api/v1/queries}: a query item answered by its department</li>
 *   <li>{@code POST /api/v1/applications}, {@code GET /api/v1/applications/{number}}: 办件</li>
 *   <li>{@code POST /api/v1/pension-certifications}: 养老待遇资格认证</li>
 *   <li>{@code GET|PUT /sandbox/admin/departments/{department}/mode}</li>
 *   <li>{@code POST /sandbox/admin/ec-tokens}: issue a 医保电子凭证 token</li>
 * </ul>
 */
public final class ConnectorsModule implements CentralModule {
    public static final String DEPARTMENTS = ApiPaths.V1 + "/departments";
    public static final String QUERIES = ApiPaths.V1 + "/queries";
    public static final String APPLICATIONS = ApiPaths.V1 + "/applications";
    public static final String PENSION_CERTIFICATIONS = ApiPaths.V1 + "/pension-certifications";

    private final Connectors connectors;
    private final ItemQueries queries;
    private final ApplicationService applications;
    private final PensionCertifications certifications;
    private final Optional<SandboxAdmin> sandboxAdmin;

    public ConnectorsModule(Connectors connectors, ItemQueries queries, ApplicationService applications,
                            PensionCertifications certifications, Optional<SandboxAdmin> sandboxAdmin) {
        this.connectors = connectors;
        this.queries = queries;
        this.applications = applications;
        this.certifications = certifications;
        this.sandboxAdmin = sandboxAdmin;
    }

    @Override
    public void addRoutes(Javalin app) {
        app.get(DEPARTMENTS, this::departments);
        app.post(QUERIES, ctx -> ctx.json(queries.query(JsonBody.read(ctx, QueryRequest.class))));
        app.post(APPLICATIONS, ctx -> ctx.status(201).json(applications.submit(JsonBody.read(ctx,
                ApplicationRequest.class))));
        app.get(APPLICATIONS + "/{number}", ctx -> ctx.json(applications.status(ctx.pathParam("number"))));
        app.post(PENSION_CERTIFICATIONS, ctx -> ctx.status(201).json(certifications.certify(JsonBody.read(ctx,
                PensionCertificationRequest.class))));
        sandboxAdmin.ifPresent(admin -> {
            app.get(SandboxAdmin.PATH, admin::get);
            app.put(SandboxAdmin.PATH, admin::put);
            app.post(SandboxAdmin.EC_TOKENS, admin::issueEcToken);
        });
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/connectors.json");
    }

    private void departments(Context ctx) {
        ctx.json(Map.of("departments", connectors.all().stream().map(DepartmentConnector::availability).toList()));
    }
}
