package org.budayang.kiosk.fleet.commands;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.CommandType;
import org.budayang.api.fleet.KioskCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a command on the {@link KioskShell} at most once per command id ({@link CommandLedger}): a command seen
 * again answers its recorded result; one begun but never finished (the kiosk stopped meanwhile) is not repeated —
 * a RESTART counts as DONE (the application did restart), anything else FAILED {@code INTERRUPTED}. A SCREENSHOT
 * while a citizen's session is open is REFUSED {@code SESSION_OPEN}, and nothing is captured.
 */
public final class CommandExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(CommandExecutor.class);
    /** The largest attachment sent (bytes before base64), within CommandResult's limit. */
    public static final int MAX_ATTACHMENT_BYTES = 512 * 1024;

    private final KioskShell shell;
    private final CommandLedger ledger;
    private final Clock clock;

    public CommandExecutor(KioskShell shell, CommandLedger ledger, Clock clock) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public CommandResult execute(KioskCommand command) {
        String id = command.commandId();
        Optional<CommandLedger.Entry> known = ledger.entry(id);
        if (known.isPresent()) {
            if (known.get().result() != null) {
                return known.get().result();
            }
            CommandResult result = known.get().type() == CommandType.RESTART
                    ? CommandResult.done("the application restarted", clock.instant())
                    : CommandResult.failed("INTERRUPTED", "the kiosk stopped while executing " + known.get().type()
                            + "; not repeated (a command runs at most once); send a new command", clock.instant());
            ledger.finish(id, result);
            LOG.info("Command {} {} was begun before the kiosk stopped: {}", id, command.type(), result.outcome());
            return result;
        }
        if (command.type() == CommandType.SCREENSHOT && shell.sessionOpen()) {
            ledger.begin(id, command.type());
            CommandResult refused = CommandResult.refused("SESSION_OPEN", "a citizen's session is open; no screenshot "
                    + "is taken then. Send the command again when the kiosk is idle", clock.instant());
            ledger.finish(id, refused);
            return refused;
        }
        ledger.begin(id, command.type());
        CommandResult result;
        try {
            result = run(command);
        } catch (ShellCommandException e) {
            result = CommandResult.failed(e.code(), shorten(e.getMessage()), clock.instant());
        } catch (RuntimeException e) {
            LOG.error("Command {} {} failed in the kiosk shell", id, command.type(), e);
            result = CommandResult.failed("SHELL_ERROR", shorten(e.toString()), clock.instant());
        }
        ledger.finish(id, result);
        LOG.info("Command {} {} ended {}", id, command.type(), result.outcome());
        return result;
    }

    private CommandResult run(KioskCommand command) {
        switch (command.type()) {
            case OUT_OF_SERVICE -> shell.outOfService(command.message());
            case BACK_IN_SERVICE -> shell.backInService();
            case RELOAD_CATALOG -> shell.reloadCatalog();
            case RESTART -> shell.restart();
            case SET_CONFIG -> shell.setConfig(command.configKey(), command.configValue());
            case COLLECT_LOGS -> {
                byte[] log = shell.collectLogs();
                byte[] tail = log.length > MAX_ATTACHMENT_BYTES
                        ? Arrays.copyOfRange(log, log.length - MAX_ATTACHMENT_BYTES, log.length) : log;
                return CommandResult.withAttachment(log.length + " bytes of log" + (tail.length < log.length
                        ? ", the last " + tail.length + " sent" : ""), clock.instant(), "text/plain", tail);
            }
            case SCREENSHOT -> {
                byte[] png = shell.screenshot();
                if (png.length > MAX_ATTACHMENT_BYTES) {
                    return CommandResult.failed("SCREENSHOT_TOO_LARGE", "the screenshot has " + png.length
                            + " bytes; at most " + MAX_ATTACHMENT_BYTES + " are sent", clock.instant());
                }
                return CommandResult.withAttachment("screenshot, " + png.length + " bytes", clock.instant(),
                        "image/png", png);
            }
        }
        return CommandResult.done(command.type() + " done", clock.instant());
    }

    private static String shorten(String text) {
        String value = text == null ? "" : text;
        return value.length() > 500 ? value.substring(0, 499) + "…" : value;
    }
}
