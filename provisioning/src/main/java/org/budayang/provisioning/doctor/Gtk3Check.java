package org.budayang.provisioning.doctor;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.os.CommandException;
import org.budayang.provisioning.os.CommandResult;
import org.budayang.provisioning.os.CommandRunner;

/** GTK 3 ({@code libgtk-3.so.0}), which JavaFX's glass toolkit loads on Linux, known to the dynamic linker. */
public final class Gtk3Check implements Check {
    public static final String ID = "gtk3";
    static final String LIBRARY = "libgtk-3.so.0";
    static final String FIX = "apt-get install libgtk-3-0";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final CommandRunner runner;
    private final Messages messages;

    public Gtk3Check(CommandRunner runner, Messages messages) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run() {
        CommandResult result;
        try {
            result = runner.run("ldconfig", List.of("-p"), TIMEOUT);
        } catch (CommandException notRun) {
            return CheckResult.warn(ID, messages.get("gtk.unknown"), notRun.getMessage()
                    + "; cannot tell whether " + LIBRARY + " is installed", null);
        }
        if (result.exitCode() != 0) {
            return CheckResult.warn(ID, messages.get("gtk.unknown"), result.commandLine() + " exited with "
                    + result.exitCode() + ": " + result.stderr().strip(), null);
        }
        Optional<String> entry = result.stdoutLines().stream().filter(line -> line.startsWith(LIBRARY + " ")).findFirst();
        if (entry.isPresent()) {
            return CheckResult.ok(ID, messages.get("gtk.ok"), result.commandLine() + ": " + entry.get());
        }
        return CheckResult.fail(ID, messages.get("gtk.missing"), result.commandLine() + " does not list " + LIBRARY
                + " (on Ubuntu 24.04 the package is called libgtk-3-0t64)", FIX);
    }
}
