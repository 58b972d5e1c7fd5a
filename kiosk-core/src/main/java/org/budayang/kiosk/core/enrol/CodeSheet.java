package org.budayang.kiosk.core.enrol;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import org.budayang.api.json.ApiJson;

/**
 * What the technician brings to the kiosk from central ops: the one-time code, the SHA-256 fingerprint of
 * central's kiosk CA (the only thing the kiosk trusts when it first talks to central) and central's enrolment
 * URL on its TLS port.
 *
 * @param code          e.g. {@code 7K3M-Q9XD-2HPA-V8TN}
 * @param caFingerprint SHA-256 of the CA certificate, colon-separated hex (case and colons ignored when compared)
 * @param enrolUrl      e.g. {@code https://central.example.gov.cn:8443/api/v1/enrol}
 */
public record CodeSheet(String code, String caFingerprint, URI enrolUrl) {
    public CodeSheet {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("CodeSheet.code is required, e.g. 7K3M-Q9XD-2HPA-V8TN");
        }
        String hex = caFingerprint == null ? "" : caFingerprint.replace(":", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("CodeSheet.caFingerprint: '" + caFingerprint + "' is not a SHA-256 "
                    + "fingerprint (64 hex digits, colons allowed) as printed on the code sheet");
        }
        caFingerprint = hex;
        if (enrolUrl == null || !"https".equalsIgnoreCase(enrolUrl.getScheme())) {
            throw new IllegalArgumentException("CodeSheet.enrolUrl: '" + enrolUrl + "' is not an https URL; "
                    + "enrolment runs over central's TLS port only");
        }
    }

    /** The sheet central writes (the answer of POST /api/v1/ops/enrolment-codes, or the demo's file). */
    public static CodeSheet read(Path file) {
        JsonNode json;
        try {
            json = ApiJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new EnrolmentException("SHEET_UNREADABLE", "Cannot read the enrolment code sheet "
                    + file.toAbsolutePath() + ": " + e.getMessage());
        }
        try {
            return new CodeSheet(json.path("code").asText(null), json.path("caFingerprint").asText(null),
                    URI.create(json.path("enrolUrl").asText("")));
        } catch (IllegalArgumentException e) {
            throw new EnrolmentException("SHEET_UNREADABLE", "The enrolment code sheet " + file.toAbsolutePath()
                    + " is not usable: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "CodeSheet[…" + code.substring(Math.max(0, code.length() - 4)) + ", " + enrolUrl + "]";
    }
}
