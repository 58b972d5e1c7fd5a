package org.budayang.provisioning;

import java.util.Objects;
import org.budayang.provisioning.cli.CliContext;
import org.budayang.provisioning.cli.Commands;
import org.budayang.provisioning.cli.ExitCodes;
import picocli.CommandLine;

/**
 * The technician CLI ({@code budayang provision <command>}), parsed by picocli: {@code doctor}, {@code hash-pin},
 * {@code probe}, {@code selftest [role…]}, {@code config show|set|validate}, {@code enrol}, {@code status}. Returns
 * the exit code ({@link ExitCodes}); everything it says goes to the context's streams.
 */
public final class ProvisionCli {
    public static final int EXIT_OK = ExitCodes.OK;
    public static final int EXIT_FAILED = ExitCodes.FAILED;
    public static final int EXIT_USAGE = ExitCodes.USAGE;
    public static final int EXIT_CONFIG = ExitCodes.CONFIG;

    private final CliContext context;

    public ProvisionCli(CliContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    public int run(String... args) {
        CommandLine commandLine = Commands.build(context);
        return commandLine.execute(args);
    }
}
