package org.budayang.provisioning.os;

import java.util.List;
import java.util.Objects;

/**
 * What a finished program reported.
 *
 * @param command  the program's resolved path followed by its arguments
 * @param exitCode its exit code
 * @param stdout   its standard output, decoded as UTF-8
 * @param stderr   its standard error, decoded as UTF-8
 */
public record CommandResult(List<String> command, int exitCode, String stdout, String stderr) {
    public CommandResult {
        command = List.copyOf(Objects.requireNonNull(command, "CommandResult.command is required"));
        if (command.isEmpty()) {
            throw new IllegalArgumentException("CommandResult.command must name the program, got an empty list");
        }
        Objects.requireNonNull(stdout, "CommandResult.stdout is required");
        Objects.requireNonNull(stderr, "CommandResult.stderr is required");
    }

    /** The command line as a technician would type it. */
    public String commandLine() {
        return String.join(" ", command);
    }

    /** The standard output's non-blank lines, stripped. */
    public List<String> stdoutLines() {
        return stdout.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
