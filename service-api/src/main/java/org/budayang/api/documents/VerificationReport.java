package org.budayang.api.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The JSON answer of {@code POST /verify/{code}} (with {@code Accept: application/json}): the
 * outcome, why, and — when the code is known — what was issued under it, personal data masked.
 *
 * @param code         the verification code checked
 * @param outcome      AUTHENTIC, TAMPERED, UNKNOWN or NOT_SIGNED
 * @param reason       why, for a technician (English)
 * @param message      the Chinese sentence for the person checking
 * @param title        the issued document's title, null when the code is unknown
 * @param issuingAgency the issuing agency, null when the code is unknown
 * @param issuedOn     the date of issue, null when the code is unknown
 * @param holderName   the holder's name masked (张*三), null when the code is unknown
 */
public record VerificationReport(String code, VerificationOutcome outcome, String reason, String message,
                                 String title, String issuingAgency, LocalDate issuedOn, String holderName) {
    public VerificationReport {
        Texts.requireText(code, "VerificationReport.code");
        Objects.requireNonNull(outcome, "VerificationReport.outcome is required");
        Texts.requireText(reason, "VerificationReport.reason");
        Texts.requireText(message, "VerificationReport.message");
    }
}
