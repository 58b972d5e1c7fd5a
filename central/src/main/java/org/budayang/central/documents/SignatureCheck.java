package org.budayang.central.documents;

import java.util.Objects;

/**
 * What {@link SignatureVerifier} found in a PDF, before any record is consulted.
 *
 * @param status what kind of signature it is
 * @param reason why, in a sentence for the technician
 */
public record SignatureCheck(Status status, String reason) {
    public enum Status {
        /** Signed by central's document-signing certificate, over the whole file, and intact. */
        VALID,
        /** Central's signature, but the signed bytes changed, or bytes were added after signing, or the PDF is damaged. */
        BROKEN,
        /** Signed, but not by a certificate of central's CA. */
        FOREIGN,
        /** A readable PDF without a signature. */
        NOT_SIGNED
    }

    public SignatureCheck {
        Objects.requireNonNull(status, "SignatureCheck.status is required");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("SignatureCheck.reason of " + status + " must not be blank");
        }
    }
}
