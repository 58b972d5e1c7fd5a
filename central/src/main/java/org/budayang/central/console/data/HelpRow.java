package org.budayang.central.console.data;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One 呼叫帮办 help request (source: central-flow's {@code flow_help_request}).
 *
 * @param helpId      id
 * @param kioskId     where it was raised
 * @param siteId      the kiosk's site
 * @param itemCode    the item being done, if any
 * @param screen      the screen the citizen was on
 * @param reason      the reason code tapped
 * @param requestedAt when
 * @param closedAt    when ops closed it, if closed
 */
public record HelpRow(String helpId, String kioskId, String siteId, Optional<String> itemCode, String screen,
                      String reason, Instant requestedAt, Optional<Instant> closedAt) {
    public HelpRow {
        Objects.requireNonNull(helpId, "HelpRow.helpId");
        Objects.requireNonNull(kioskId, "HelpRow.kioskId");
        Objects.requireNonNull(siteId, "HelpRow.siteId");
        itemCode = itemCode == null ? Optional.empty() : itemCode;
        Objects.requireNonNull(screen, "HelpRow.screen");
        Objects.requireNonNull(reason, "HelpRow.reason");
        Objects.requireNonNull(requestedAt, "HelpRow.requestedAt");
        closedAt = closedAt == null ? Optional.empty() : closedAt;
    }

    /** Time to close, or the wait so far at {@code now} while open. */
    public Duration responseTime(Instant now) {
        return Duration.between(requestedAt, closedAt.orElse(now));
    }
}
