package org.budayang.provisioning.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.budayang.api.fleet.SelftestCheck;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.api.json.ApiJson;

/**
 * The self-test report ({@code budayang.selftest/1}, as {@code selftest --json} and selftest-last.json hold it) as
 * service-api's {@link SelftestUpload}, and the request body and Idempotency-Key it is sent with: the key is derived
 * from the body, so that sending the same report again is recognised by central as a repeat, not a second report.
 * Texts longer than the contract allows are shortened with "…" (the full text stays in the file).
 */
public final class SelftestUploads {
    /** What the upload names as the sending tool. */
    public static final String APP_VERSION = "provision-0.1.0";
    private static final String SCHEMA = "budayang.selftest/1";

    private SelftestUploads() {
    }

    /**
     * The upload of a report's JSON text.
     *
     * @throws IllegalArgumentException naming what is wrong when the text is not a {@value #SCHEMA} report
     */
    public static SelftestUpload fromReport(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
            throw new IllegalArgumentException("schema is '" + (root == null ? "" : root.path("schema").asText())
                    + "', not " + SCHEMA);
        }
        Instant ranAt;
        try {
            // milliseconds: what central's database keeps, so that its echo compares equal
            ranAt = Instant.parse(root.path("at").asText()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'at' is '" + root.path("at").asText() + "', not an ISO-8601 instant");
        }
        List<SelftestCheck> checks = new ArrayList<>();
        for (JsonNode role : root.path("roles")) {
            checks.add(new SelftestCheck(role.path("role").asText(), role.path("driver").asText(),
                    shorten(role.path("check").asText(), 120), "PASS".equals(role.path("verdict").asText()),
                    role.path("code").asText(), shorten(role.path("identity").asText(), 200),
                    shorten(role.path("detail").asText(), 500), shorten(role.path("adviceZh").asText(), 300),
                    Math.max(0, Math.min(600_000, role.path("tookMillis").asLong()))));
        }
        return new SelftestUpload(APP_VERSION, ranAt, checks);
    }

    /** The request body of {@code upload} (service-api's JSON). */
    public static String body(SelftestUpload upload) {
        try {
            return ApiJson.mapper().writeValueAsString(upload);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a SelftestUpload as JSON", e);
        }
    }

    /** {@code selftest-} and 48 hex digits of the body's SHA-256: the same report always has the same key. */
    public static String idempotencyKey(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "selftest-" + HexFormat.of().formatHex(hash).substring(0, 48);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
