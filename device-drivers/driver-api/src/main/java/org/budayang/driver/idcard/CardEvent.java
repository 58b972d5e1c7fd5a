package org.budayang.driver.idcard;

import java.time.Instant;
import java.util.Objects;

/**
 * A card was placed on or removed from the reader (seen by the reader's presence poll, or by a
 * read that found the card gone).
 *
 * @param type what happened; required
 * @param at   when the driver saw it; required
 */
public record CardEvent(Type type, Instant at) {

    public enum Type {
        PLACED,
        REMOVED
    }

    public CardEvent {
        Objects.requireNonNull(type, "CardEvent.type is required");
        Objects.requireNonNull(at, "CardEvent.at is required");
    }
}
