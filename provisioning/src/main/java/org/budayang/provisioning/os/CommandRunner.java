package org.budayang.provisioning.os;

import java.time.Duration;
import java.util.List;

/**
 * Runs a program of this machine and collects what it printed. The seam through which the doctor's
 * checks ask the operating system; tests give it a different {@code PATH} or environment so that the
 * real programs (or small scripts standing in for them) answer differently.
 */
public interface CommandRunner {

    /**
     * @param program   the program's name, looked up on the runner's search path (e.g. {@code fc-list})
     * @param arguments its arguments
     * @param timeout   how long to wait before the program is killed
     * @return the exit code and output; a non-zero exit code is a result, not an error
     * @throws CommandException if the program is not found, cannot start, times out or the wait is interrupted
     */
    CommandResult run(String program, List<String> arguments, Duration timeout) throws CommandException;
}
