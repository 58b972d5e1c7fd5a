package org.budayang.provisioning.selftest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The self-test's report: every role's result, when and where, as JSON (the form sent to central with the
 * enrolment) and as the text lines the technician reads.
 */
public record SelftestReport(String kiosk, Instant at, List<RoleResult> results) {
    public SelftestReport {
        Objects.requireNonNull(kiosk, "SelftestReport.kiosk is required");
        Objects.requireNonNull(at, "SelftestReport.at is required");
        results = List.copyOf(results);
    }

    public boolean passed() {
        return results.stream().allMatch(r -> r.verdict() == Verdict.PASS);
    }

    public long failures() {
        return results.stream().filter(r -> r.verdict() == Verdict.FAIL).count();
    }

    /** The report as JSON (schema {@code budayang.selftest/1}). */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", "budayang.selftest/1");
        root.put("kiosk", kiosk);
        root.put("at", at.toString());
        root.put("passed", passed());
        ArrayNode roles = root.putArray("roles");
        for (RoleResult result : results) {
            ObjectNode role = roles.addObject();
            role.put("role", result.role());
            role.put("driver", result.driver());
            role.put("check", result.check());
            role.put("verdict", result.verdict().name());
            role.put("code", result.code());
            role.put("identity", result.identity());
            role.put("detail", result.detail());
            role.put("adviceZh", result.adviceZh());
            role.put("adviceEn", result.adviceEn());
            role.put("tookMillis", result.took().toMillis());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the self-test report as JSON", e);
        }
    }
}
