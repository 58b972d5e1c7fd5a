package org.budayang.provisioning.os;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs programs as child processes with exactly the given environment, finding them with the given
 * {@link Executables}. Output is read on two daemon threads so that a chatty program never blocks on a
 * full pipe; a program that overruns its timeout is killed with its descendants.
 */
public final class ProcessCommandRunner implements CommandRunner {
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(2);

    private final Map<String, String> environment;
    private final Executables executables;

    /**
     * @param environment the child's whole environment (e.g. {@code System.getenv()} or a test's own map)
     * @param executables where programs are looked up
     */
    public ProcessCommandRunner(Map<String, String> environment, Executables executables) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        this.executables = Objects.requireNonNull(executables, "executables");
    }

    @Override
    public CommandResult run(String program, List<String> arguments, Duration timeout) throws CommandException {
        Path executable = executables.find(program).orElseThrow(() -> new CommandException(
                CommandException.Kind.NOT_FOUND, program,
                program + " not found in " + executables.describe(), null));
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);

        Process process;
        try {
            process = builder.start();
        } catch (IOException notStarted) {
            throw new CommandException(CommandException.Kind.NOT_STARTED, program,
                    "could not start " + String.join(" ", command) + ": " + notStarted.getMessage(), notStarted);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stdout = drain(process.getInputStream());
            CompletableFuture<String> stderr = drain(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new CommandException(CommandException.Kind.TIMED_OUT, program,
                        String.join(" ", command) + " did not finish within " + timeout.toMillis()
                                + " ms and was killed", null);
            }
            return new CommandResult(command, process.exitValue(), collect(stdout, program), collect(stderr, program));
        } catch (InterruptedException interrupted) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new CommandException(CommandException.Kind.INTERRUPTED, program,
                    "interrupted while waiting for " + String.join(" ", command), interrupted);
        } catch (IOException closeFailed) {
            kill(process);
            throw new CommandException(CommandException.Kind.NOT_STARTED, program,
                    "could not close the standard input of " + String.join(" ", command) + ": "
                            + closeFailed.getMessage(), closeFailed);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (stream) {
                text.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException failed) {
                text.completeExceptionally(failed);
            }
        }, "command-output-reader");
        reader.setDaemon(true);
        reader.start();
        return text;
    }

    private static String collect(CompletableFuture<String> output, String program) throws InterruptedException,
            CommandException {
        try {
            return output.get(DRAIN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            throw new CommandException(CommandException.Kind.NOT_STARTED, program,
                    "could not read the output of " + program + ": " + cause, cause);
        } catch (TimeoutException stillOpen) {
            throw new CommandException(CommandException.Kind.TIMED_OUT, program, program
                    + " exited but a process it started still holds its output open", stillOpen);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public String toString() {
        return "ProcessCommandRunner[" + executables.describe() + "]";
    }
}
