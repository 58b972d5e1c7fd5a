package org.budayang.provisioning.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Builds the picocli command tree with the commands wired to one {@link CliContext}. */
public final class Commands {
    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);

    private Commands() {
    }

    @Command(name = "budayang provision", mixinStandardHelpOptions = true, version = "budayang provision 0.1.0",
            description = "不打烊 信息亭现场工具 / Budayang kiosk field technician tool",
            footer = ExitCodes.HELP)
    static final class Root implements Callable<Integer> {
        private final CliContext context;

        Root(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.err().println("缺少命令 / missing command");
            context.err().println();
            context.err().print(new CommandLine(this).getUsageMessage());
            return ExitCodes.USAGE;
        }
    }

    public static CommandLine build(CliContext context) {
        CommandLine root = new CommandLine(new Root(context));
        root.addSubcommand(new CommandLine(new DoctorCommand(context)));
        root.addSubcommand(new CommandLine(new HashPinCommand(context)));
        root.addSubcommand(new CommandLine(new ProbeCommand(context)));
        root.addSubcommand(new CommandLine(new SelftestCommand(context)));
        root.addSubcommand(new CommandLine(new EnrolCommand(context)));
        root.addSubcommand(new CommandLine(new StatusCommand(context)));
        CommandLine config = new CommandLine(new ConfigCommand(context));
        config.addSubcommand(new CommandLine(new ConfigCommand.Show(context)));
        config.addSubcommand(new CommandLine(new ConfigCommand.Set_(context)));
        config.addSubcommand(new CommandLine(new ConfigCommand.Validate(context)));
        root.addSubcommand(config);
        root.addSubcommand(new CommandLine.HelpCommand());
        root.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
        root.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
        root.setUsageHelpLongOptionsMaxWidth(30);
        root.setParameterExceptionHandler((problem, args) -> {
            CommandLine failing = problem.getCommandLine();
            context.err().println("参数错误 / bad arguments: " + problem.getMessage());
            context.err().println();
            context.err().print(failing.getUsageMessage());
            return ExitCodes.USAGE;
        });
        root.setExecutionExceptionHandler((problem, failing, parsed) -> {
            LOG.error("{} failed", failing.getCommandName(), problem);
            context.err().println("内部错误 / internal error in " + failing.getCommandName() + ": " + problem);
            return ExitCodes.FAILED;
        });
        return root;
    }
}
