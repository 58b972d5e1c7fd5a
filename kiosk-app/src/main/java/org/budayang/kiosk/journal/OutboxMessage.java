package org.budayang.kiosk.journal;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A message for central, appended to the outbox in the same SQL transaction as the step that produced it.
 *
 * @param kind           the delivery queue, e.g. {@code EVALUATION}: messages of one kind are delivered in order
 * @param path           the central path it is POSTed to, e.g. {@code /api/v1/evaluations}
 * @param idempotencyKey 8–64 of {@code [A-Za-z0-9_-]}, unique; central stores the first result under it
 * @param body           the JSON body (stored encrypted)
 */
public record OutboxMessage(String kind, String path, String idempotencyKey, String body) {
    static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public OutboxMessage {
        Journal.require("OutboxMessage.kind", kind, kind != null && KIND.matcher(kind).matches(),
                "1-64 of A-Z, 0-9, _ starting with a letter");
        Journal.require("OutboxMessage.path", path, path != null && path.startsWith("/") && path.length() <= 512
                && path.chars().noneMatch(Character::isWhitespace), "an absolute path such as /api/v1/evaluations");
        Journal.require("OutboxMessage.idempotencyKey", idempotencyKey,
                idempotencyKey != null && KEY.matcher(idempotencyKey).matches(), "8-64 of [A-Za-z0-9_-]");
        Objects.requireNonNull(body, "OutboxMessage.body is required");
    }

    /** A message with a fresh random key. */
    public static OutboxMessage of(String kind, String path, String body) {
        return new OutboxMessage(kind, path, UUID.randomUUID().toString(), body);
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + kind + " " + path + " key=" + idempotencyKey + "]";
    }
}
