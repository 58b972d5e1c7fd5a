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
 * system's mode. Protected by {@code Authorization: Bearer <sandbox.adminToken>}; without a
 * configured token the admin API does not exist (404).
 */
public final class SandboxAdmin {
    public static final String PATH = "/sandbox/admin/departments/{department}/mode";

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

    private DepartmentGate authorisedGate(Context ctx) {
        String token = sandbox.settings().adminToken().orElseThrow(() -> new ApiException(404, "NOT_FOUND",
                "There is no such endpoint. (The sandbox admin API is off: sandbox.adminToken is not configured.)"));
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "UNAUTHORIZED", "The sandbox admin API needs 'Authorization: Bearer "
                    + "<sandbox.adminToken>'; the token was " + (given.isEmpty() ? "missing" : "wrong") + ".");
        }
        String name = ctx.pathParam("department");
        for (Department d : Department.values()) {
            if (d.name().equals(name)) {
                return sandbox.gate(d);
            }
        }
        throw new ApiException(404, "UNKNOWN_DEPARTMENT", "department '" + (name.length() > 30 ? name.substring(0, 30)
                : name) + "' is unknown; accepted: " + java.util.Arrays.toString(Department.values()));
    }

    private static Map<String, Object> view(DepartmentGate gate) {
        SandboxBehaviour b = gate.behaviour();
        return Map.of("department", gate.department().name(), "mode", b.mode().name(), "delayMillis", b.delayMillis(),
                "failureRate", b.failureRate(), "availability", gate.availability());
    }
}
