package org.budayang.driver.cash;

import java.time.Instant;
import java.util.Objects;

/**
 * Money that is safe to count: the acceptor reported the note credited (SSP {@code CREDIT_NOTE}), so it is past the
 * point where it could come back out. The driver gives each credit an id that stays the same when the device repeats
 * the event (a lost acknowledgement), so that nobody counts it twice: journals and sessions key on {@link #creditId}.
 *
 * @param creditId unique id of this credit, e.g. {@code 5f3a9c1e-17}; required, no blanks
 * @param note     the note credited; required
 * @param at       when the driver saw the credit; required
 */
public record Credit(String creditId, Denomination note, Instant at) {
    public Credit {
        if (creditId == null || creditId.isBlank() || creditId.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Credit.creditId must be a non-blank id without spaces, got '"
                    + creditId + "'");
        }
        Objects.requireNonNull(note, "Credit.note is required");
        Objects.requireNonNull(at, "Credit.at is required");
    }

    public long fen() {
        return note.fen();
    }
}
