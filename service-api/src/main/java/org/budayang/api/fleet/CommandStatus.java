package org.budayang.api.fleet;

import java.time.Instant;

/**
 * A command as ops see it ({@code GET /api/v1/ops/kiosks/{kioskId}/commands}).
 *
 * @param command       the command as the kiosk gets it
 * @param kioskId       the kiosk
 * @param state         where it is
 * @param createdBy     the ops user who created it
 * @param deliveries    how many polls handed it out
 * @param deliveredAt   the first delivery, null before
 * @param completedAt   when the kiosk finished it (or when it expired), null before
 * @param resultCode    the result's code, null when none
 * @param resultDetail  the result's detail, null before the result
 * @param hasAttachment whether the result carries logs or a screenshot
 *                      ({@code GET /api/v1/ops/commands/{commandId}/attachment})
 */
public record CommandStatus(KioskCommand command, String kioskId, CommandState state, String createdBy,
                            int deliveries, Instant deliveredAt, Instant completedAt, String resultCode,
                            String resultDetail, boolean hasAttachment) {
    public CommandStatus {
        Check.present("CommandStatus.command", command);
        Check.present("CommandStatus.kioskId", kioskId);
        Check.present("CommandStatus.state", state);
        Check.present("CommandStatus.createdBy", createdBy);
    }
}
