package org.budayang.central.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of the {@code documents} table without the PDF bytes: what was issued, to whom (masked),
 * when, and the SHA-256 of the signed PDF.
 *
 * @param idNumberMasked the holder's masked number, empty for a document that names nobody (一次性告知单 of a business)
 * @param kioskId the kiosk that asked for it, null when unknown
 */
public record StoredDocument(VerificationCode code, String kind, String title, String itemCode, String issuingAgency,
                             String holderNameMasked, String idNumberMasked, LocalDate issuedOn, Instant issuedAt,
                             int pageCount, int sizeBytes, String sha256, String kioskId) {
    public StoredDocument {
        Objects.requireNonNull(code, "StoredDocument.code is required");
        requireText(kind, "kind");
        requireText(title, "title");
        requireText(itemCode, "itemCode");
        requireText(issuingAgency, "issuingAgency");
        requireText(holderNameMasked, "holderNameMasked");
        if (idNumberMasked == null || !(idNumberMasked.isEmpty() || idNumberMasked.matches("[0-9]{6}\\*{8}[0-9]{3}[0-9X]"))) {
            throw new IllegalArgumentException("StoredDocument.idNumberMasked '" + idNumberMasked
                    + "' is not a masked ID number like 620102********0034");
        }
        Objects.requireNonNull(issuedOn, "StoredDocument.issuedOn is required");
        Objects.requireNonNull(issuedAt, "StoredDocument.issuedAt is required");
        if (pageCount < 1) {
            throw new IllegalArgumentException("StoredDocument.pageCount " + pageCount + " must be at least 1");
        }
        if (sizeBytes < 1) {
            throw new IllegalArgumentException("StoredDocument.sizeBytes " + sizeBytes + " must be positive");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("StoredDocument.sha256 '" + sha256 + "' is not 64 lower-case hex digits");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("StoredDocument." + field + " must not be blank");
        }
    }
}
