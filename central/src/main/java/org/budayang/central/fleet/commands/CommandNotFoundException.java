package org.budayang.central.fleet.commands;

/** No command with this id exists for the asking kiosk (COMMAND_NOT_FOUND). */
public final class CommandNotFoundException extends RuntimeException {
    public CommandNotFoundException(String message) {
        super(message);
    }
}
