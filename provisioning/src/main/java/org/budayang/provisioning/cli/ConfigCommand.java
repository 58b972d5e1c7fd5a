package org.budayang.provisioning.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.budayang.kiosk.core.config.ConfigException;
import org.budayang.kiosk.core.config.ConfigFile;
import org.budayang.kiosk.core.config.ConfigProblem;
import org.budayang.kiosk.core.config.ConfigRules;
import org.budayang.kiosk.core.config.ConfigStore;
import org.budayang.provisioning.config.DeviceRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code config show | set KEY=VALUE… | validate}: the kiosk's configuration file. */
@Command(name = "config", description = "查看/修改/校验信息亭配置 / show, set or validate the kiosk configuration")
final class ConfigCommand implements Callable<Integer> {
    private final CliContext context;

    ConfigCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("缺少子命令 / missing subcommand: show | set KEY=VALUE… | validate");
        return ExitCodes.USAGE;
    }

    /**
     * Checks the whole configuration: every key by the kiosk's own rules (kiosk-core {@link ConfigRules}), then the
     * device lines the rules let through, role by role, through the installed drivers.
     */
    static List<ConfigProblem> problems(CliContext context, Map<String, String> values) {
        List<ConfigProblem> problems = new ArrayList<>(ConfigRules.check(values));
        Map<String, String> devices = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (ConfigRules.deviceKey(key)) {
                devices.put(key, value);
            }
        });
        problems.addAll(new DeviceRules(context.registry().get(), context.clock()).check(devices));
        return problems;
    }

    static void printProblems(Term term, List<ConfigProblem> problems) {
        for (ConfigProblem problem : problems) {
            term.mark(Term.Mark.FAIL, problem.describe());
        }
    }

    /**
     * The configuration named by {@code -c} ({@code option}, or the default when null), read; empty, after saying
     * why, when it cannot be used (absent, unreadable, half-written).
     */
    static Optional<ConfigFile> readUsable(CliContext context, Path option) {
        ConfigFile file = new ConfigStore(context.clock()).read(option != null ? option : context.defaultConfig());
        return usable(context, file) ? Optional.of(file) : Optional.empty();
    }

    /** Prints why {@code file} cannot be used; returns whether it can. */
    static boolean usable(CliContext context, ConfigFile file) {
        if (file.integrity().usable()) {
            if (file.integrity() == ConfigFile.Integrity.EDITED) {
                context.term().mark(Term.Mark.WARN, "配置文件在写入后被手工修改 / " + file.path() + " was edited by hand"
                        + " since provision wrote it");
            }
            return true;
        }
        String what = switch (file.integrity()) {
            case HALF_WRITTEN -> "配置文件不完整（写入中断） / configuration file is half-written";
            case ABSENT -> "配置文件不存在 / configuration file does not exist";
            default -> "配置文件无法读取 / configuration file is unreadable";
        };
        context.term().mark(Term.Mark.FAIL, what + ": " + file.path() + " — " + file.detail());
        return false;
    }

    @Command(name = "show", description = "显示配置 / show the configuration")
    static final class Show implements Callable<Integer> {
        private final CliContext context;

        @Option(names = {"--config", "-c"}, paramLabel = "FILE", description = "配置文件 configuration file")
        Path config;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<ConfigFile> read = readUsable(context, config);
            if (read.isEmpty()) {
                return ExitCodes.CONFIG;
            }
            ConfigFile file = read.get();
            Path path = file.path();
            context.term().title("信息亭配置 Kiosk configuration: " + path + " (" + file.integrity() + ")");
            file.values().forEach((key, value) -> context.out().println(key + "=" + shown(key, value)));
            return ExitCodes.OK;
        }

        private static String shown(String key, String value) {
            return key.equals(ConfigRules.PIN_HASH) && value.length() > 24 ? value.substring(0, 24) + "…(hidden)" : value;
        }
    }

    @Command(name = "validate", description = "校验配置 / validate the configuration")
    static final class Validate implements Callable<Integer> {
        private final CliContext context;

        @Option(names = {"--config", "-c"}, paramLabel = "FILE", description = "配置文件 configuration file")
        Path config;

        Validate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<ConfigFile> read = readUsable(context, config);
            if (read.isEmpty()) {
                return ExitCodes.CONFIG;
            }
            ConfigFile file = read.get();
            Path path = file.path();
            List<ConfigProblem> problems = problems(context, file.values());
            printProblems(context.term(), problems);
            if (problems.isEmpty()) {
                context.term().mark(Term.Mark.OK, "配置有效 / configuration valid: " + path);
                return ExitCodes.OK;
            }
            context.term().line("共 " + problems.size() + " 处错误 / " + problems.size() + " problem(s) in " + path);
            return ExitCodes.CONFIG;
        }
    }

    @Command(name = "set", description = "修改配置（先校验，原子写入并保留备份） / set keys (checked first, written"
            + " atomically, backup kept)")
    static final class Set_ implements Callable<Integer> {
        private final CliContext context;

        @Option(names = {"--config", "-c"}, paramLabel = "FILE", description = "配置文件 configuration file")
        Path config;

        @Option(names = "--unset", paramLabel = "KEY", description = "删除此键 remove this key")
        List<String> unset = new ArrayList<>();

        @Parameters(paramLabel = "KEY=VALUE", description = "要设置的键和值 keys to set")
        List<String> assignments = new ArrayList<>();

        Set_(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Map<String, String> changes = new LinkedHashMap<>();
            for (String assignment : assignments) {
                int eq = assignment.indexOf('=');
                if (eq <= 0) {
                    context.err().println("参数错误 / bad argument: '" + assignment + "' is not KEY=VALUE");
                    return ExitCodes.USAGE;
                }
                changes.put(assignment.substring(0, eq).strip(), assignment.substring(eq + 1).strip());
            }
            if (changes.isEmpty() && unset.isEmpty()) {
                context.err().println("参数错误 / bad arguments: give KEY=VALUE or --unset KEY");
                return ExitCodes.USAGE;
            }
            Path path = config != null ? config : context.defaultConfig();
            return apply(context, path, changes, Set.copyOf(unset), false);
        }
    }

    /**
     * Applies {@code changes} and {@code removals} to the file: refused (nothing written) when the file is
     * half-written or unreadable, or when a changed key, or a role a changed device key belongs to, has a problem
     * afterwards. Problems of untouched keys are shown as warnings (a new kiosk's file is built up key by key).
     *
     * @param replaceRoles whether each role named in {@code changes} loses its other {@code device.<role>.*} lines
     */
    static int apply(CliContext context, Path path, Map<String, String> changes, Set<String> removals,
                     boolean replaceRoles) {
        ConfigStore store = new ConfigStore(context.clock());
        ConfigFile file = store.read(path);
        if (file.integrity() != ConfigFile.Integrity.ABSENT && !usable(context, file)) {
            return ExitCodes.CONFIG;
        }
        Map<String, String> values = new LinkedHashMap<>(file.values());
        Set<String> touchedRoles = new TreeSet<>();
        for (String key : changes.keySet()) {
            role(key).ifPresent(touchedRoles::add);
        }
        for (String key : removals) {
            role(key).ifPresent(touchedRoles::add);
        }
        if (replaceRoles) {
            values.keySet().removeIf(key -> role(key).map(touchedRoles::contains).orElse(false));
        }
        values.keySet().removeAll(removals);
        values.putAll(changes);
        List<ConfigProblem> blocking = new ArrayList<>();
        List<ConfigProblem> elsewhere = new ArrayList<>();
        for (ConfigProblem problem : problems(context, values)) {
            boolean ours = changes.containsKey(problem.key()) || removals.contains(problem.key())
                    || role(problem.key()).map(touchedRoles::contains).orElse(false);
            (ours ? blocking : elsewhere).add(problem);
        }
        if (!blocking.isEmpty()) {
            printProblems(context.term(), blocking);
            context.term().line("未写入 / nothing written: " + path);
            return ExitCodes.CONFIG;
        }
        try {
            store.write(path, values);
        } catch (IOException | ConfigException failed) {
            context.term().mark(Term.Mark.FAIL, "写入失败 / cannot write " + path + ": " + failed
                    + "; the file is unchanged");
            return ExitCodes.CONFIG;
        }
        context.term().mark(Term.Mark.OK, "已写入 / written: " + path + " (" + changes.size() + " set, "
                + removals.size() + " removed; backup " + ConfigStore.backupOf(path) + ")");
        for (ConfigProblem problem : elsewhere) {
            context.term().mark(Term.Mark.WARN, "尚未完成 / still to do: " + problem.describe());
        }
        return ExitCodes.OK;
    }

    /** The role of a {@code device.<role>.<key>} key. */
    static java.util.Optional<String> role(String key) {
        if (!key.startsWith("device.")) {
            return java.util.Optional.empty();
        }
        String rest = key.substring("device.".length());
        int dot = rest.indexOf('.');
        return java.util.Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
