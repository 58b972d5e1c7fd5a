package org.budayang.kiosk.service;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a PRINT step prints, decided before the step is journalled and stored (encrypted) as its payload, so that a
 * retry, a recovery or a reprint prints the very same thing: the same job id (the drivers print a job id once) and,
 * for a certificate, the same issue key (central answers a repeat with the same document).
 *
 * @param kind       what it is
 * @param title      the document's title (社会保险个人参保证明, 受理凭证…), nothing personal
 * @param jobId      the print job id every attempt of this plan uses
 * @param issueKey   the Idempotency-Key of the certificate's POST documents (CERTIFICATE only, else null)
 * @param anotherWay where the citizen can see the same content on a phone when printing fails
 * @param body       the content's source as JSON: the IssueCertificateRequest, AcceptanceReceipt, DisclosureNotice,
 *                   QueryResult or PensionCertification (personal: only ever stored encrypted)
 */
public record PrintPlan(Kind kind, String title, String jobId, String issueKey, String anotherWay, String body) {
    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** What a plan prints, and on which printer. */
    public enum Kind {
        /** A signed A4 certificate issued by central (document printer). */
        CERTIFICATE,
        /** 受理凭证 of an accepted application (receipt printer). */
        ACCEPTANCE,
        /** 一次性告知单 of an application not accepted for missing materials (receipt printer). */
        DISCLOSURE,
        /** The query result (receipt printer). */
        QUERY,
        /** The 养老待遇资格认证 confirmation (receipt printer). */
        CERTIFICATION;

        public boolean document() {
            return this == CERTIFICATE;
        }
    }

    public PrintPlan {
        Objects.requireNonNull(kind, "PrintPlan.kind is required");
        if (title == null || title.isBlank() || title.length() > 100) {
            throw new IllegalArgumentException("PrintPlan.title: '" + title + "' is not 1-100 characters");
        }
        if (jobId == null || !JOB_ID.matcher(jobId).matches()) {
            throw new IllegalArgumentException("PrintPlan.jobId: '" + jobId + "' is not 1-64 of [A-Za-z0-9._-]");
        }
        if (kind.document() != (issueKey != null)) {
            throw new IllegalArgumentException("PrintPlan " + jobId + ": a " + kind + " plan "
                    + (kind.document() ? "needs" : "takes no") + " issueKey");
        }
        Objects.requireNonNull(anotherWay, "PrintPlan.anotherWay is required");
        Objects.requireNonNull(body, "PrintPlan.body is required");
    }

    /** The same plan under another job id (a reprint in a later process: the driver no longer knows the old id). */
    public PrintPlan withJobId(String newJobId) {
        return new PrintPlan(kind, title, newJobId, issueKey, anotherWay, body);
    }

    @Override
    public String toString() {
        return "PrintPlan[" + kind + " " + title + " job=" + jobId + "]";
    }
}
