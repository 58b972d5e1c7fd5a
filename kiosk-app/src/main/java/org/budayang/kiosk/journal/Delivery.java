package org.budayang.kiosk.journal;

import java.util.Objects;

/**
 * What came of one attempt to deliver an outbox record.
 *
 * @param outcome ACCEPTED (mark SENT), RETRY (back off, try again) or REJECTED (mark DEAD)
 * @param detail  what happened, for ops: e.g. "HTTP 503 Service Unavailable", "connection refused by …"
 */
public record Delivery(Outcome outcome, String detail) {
    public enum Outcome {
        ACCEPTED,
        RETRY,
        REJECTED
    }

    public Delivery {
        Objects.requireNonNull(outcome, "Delivery.outcome is required");
        Objects.requireNonNull(detail, "Delivery.detail is required");
    }

    /**
     * The outbox's reading of an HTTP answer: 2xx accepted; 5xx, 408, 409 (a request with the same key still in
     * progress) and 429 retried; any other status (4xx: central will never take this body) rejected.
     */
    public static Delivery ofHttpStatus(int status, String bodySnippet) {
        String detail = "HTTP " + status + (bodySnippet == null || bodySnippet.isBlank() ? "" : " " + bodySnippet);
        if (status >= 200 && status < 300) {
            return new Delivery(Outcome.ACCEPTED, detail);
        }
        if (status >= 500 || status == 408 || status == 409 || status == 429) {
            return new Delivery(Outcome.RETRY, detail);
        }
        return new Delivery(Outcome.REJECTED, detail);
    }
}
