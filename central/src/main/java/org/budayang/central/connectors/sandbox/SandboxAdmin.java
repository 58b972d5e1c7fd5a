package org.budayang.central.connectors.sandbox;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.budayang.api.catalog.Department;
import org.budayang.api.services.SandboxModeRequest;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.JsonBody;

/**
 * {@code GET|PUT /sandbox/admin/departments/{department}/mode}: reads or switches a sandbox department
 * system's mode; {@code POST /sandbox/admin/ec-tokens} issues a 医保电子凭证 token for an enrolled person
 * ({@link EcTokenIssue}) and answers it once. Protected by {@code Authorization: Bearer <sandbox.adminToken>}; without a
 * configured token the admin API does not exist (404).
 */
public final class SandboxAdmin {
    public static final String PATH = "/sandbox/admin/departments/{department}/mode";
    public static final String EC_TOKENS = "/sandbox/admin/ec-tokens";

    private final SandboxProvider sandbox;

    public SandboxAdmin(SandboxProvider sandbox) {
        this.sandbox = sandbox;
    }

    public void get(Context ctx) {
        DepartmentGate gate = authorisedGate(ctx);
        ctx.json(view(gate));
    }

    public void put(Context ctx) {
        DepartmentGate gate = authorisedGate(ctx);
        SandboxModeRequest request = JsonBody.read(ctx, SandboxModeRequest.class);
        SandboxBehaviour behaviour;
        try {
            behaviour = SandboxBehaviour.of(SandboxMode.parse("mode", request.mode()), request.delayMillis(),
                    request.failureRate());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("INVALID_SANDBOX_MODE", e.getMessage());
        }
        gate.set(behaviour);
        ctx.json(view(gate));
    }

    /** Issues a 医保电子凭证 token: 201 {@code {token, expiresAt}}; the token is shown here once and never logged. */
    public void issueEcToken(Context ctx) {
        authorise(ctx);
        EcTokenIssue request = JsonBody.read(ctx, EcTokenIssue.class);
        SandboxEcTokens.Issued issued = sandbox.ecTokens().issue(request.idNumber(),
                java.time.Duration.ofSeconds(request.validSeconds()), request.singleUse());
        ctx.status(201).json(Map.of("token", issued.token(), "expiresAt", issued.expiresAt().toString()));
    }

    private DepartmentGate authorisedGate(Context ctx) {
        authorise(ctx);
        String name = ctx.pathParam("department");
        for (Department d : Department.values()) {
            if (d.name().equals(name)) {
                return sandbox.gate(d);
            }
        }
        throw new ApiException(404, "UNKNOWN_DEPARTMENT", "department '" + (name.length() > 30 ? name.substring(0, 30)
                : name) + "' is unknown; accepted: " + java.util.Arrays.toString(Department.values()));
    }

    private void authorise(Context ctx) {
        String token = sandbox.settings().adminToken().orElseThrow(() -> new ApiException(404, "NOT_FOUND",
                "There is no such endpoint. (The sandbox admin API is off: sandbox.adminToken is not configured.)"));
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "UNAUTHORIZED", "The sandbox admin API needs 'Authorization: Bearer "
                    + "<sandbox.adminToken>'; the token was " + (given.isEmpty() ? "missing" : "wrong") + ".");
        }
    }

    private static Map<String, Object> view(DepartmentGate gate) {
        SandboxBehaviour b = gate.behaviour();
        return Map.of("department", gate.department().name(), "mode", b.mode().name(), "delayMillis", b.delayMillis(),
                "failureRate", b.failureRate(), "availability", gate.availability());
    }
}
