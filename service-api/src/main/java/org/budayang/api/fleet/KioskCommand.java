package org.budayang.api.fleet;

import java.time.Instant;

/**
 * A command as the kiosk receives it from {@code GET /api/v1/commands}. The kiosk executes each
 * {@link #commandId()} at most once and reports {@code POST /api/v1/commands/{commandId}/result}.
 *
 * @param commandId   central's id (8–64 of [A-Za-z0-9_-])
 * @param type        what to do
 * @param message     OUT_OF_SERVICE's text for citizens, else null
 * @param configKey   SET_CONFIG's key, else null
 * @param configValue SET_CONFIG's value, else null
 * @param createdAt   when ops created it
 * @param expiresAt   after this a command never picked up is dropped
 */
public record KioskCommand(String commandId, CommandType type, String message, String configKey, String configValue,
                           Instant createdAt, Instant expiresAt) {
    public KioskCommand {
        commandId = Check.text("KioskCommand.commandId", commandId, 64, Check.ID, "8-64 of [A-Za-z0-9_-]");
        Check.present("KioskCommand.type", type);
        // the same rules as the request ops made
        new CommandRequest(type, message, configKey, configValue, null);
        Check.present("KioskCommand.createdAt", createdAt);
        Check.present("KioskCommand.expiresAt", expiresAt);
        if (expiresAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("KioskCommand.expiresAt " + expiresAt + " is before createdAt "
                    + createdAt);
        }
    }
}
