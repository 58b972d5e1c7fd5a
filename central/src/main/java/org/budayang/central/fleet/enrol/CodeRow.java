package org.budayang.central.fleet.enrol;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An enrolment code as central keeps it (never the code itself).
 *
 * @param hint      its last four characters
 * @param site      the site it is for
 * @param createdAt when ops created it
 * @param expiresAt when it stops working
 * @param usedAt    when it enrolled a kiosk, if it did
 * @param usedBy    the kiosk it enrolled, if it did
 */
public record CodeRow(String hint, SiteDetails site, Instant createdAt, Instant expiresAt, Optional<Instant> usedAt,
                      Optional<String> usedBy) {
    public CodeRow {
        Objects.requireNonNull(hint, "CodeRow.hint");
        Objects.requireNonNull(site, "CodeRow.site");
        Objects.requireNonNull(createdAt, "CodeRow.createdAt");
        Objects.requireNonNull(expiresAt, "CodeRow.expiresAt");
        usedAt = usedAt == null ? Optional.empty() : usedAt;
        usedBy = usedBy == null ? Optional.empty() : usedBy;
    }

    public CodeState state(Instant now) {
        if (usedAt.isPresent()) {
            return CodeState.USED;
        }
        return now.isBefore(expiresAt) ? CodeState.ISSUED : CodeState.EXPIRED;
    }
}
