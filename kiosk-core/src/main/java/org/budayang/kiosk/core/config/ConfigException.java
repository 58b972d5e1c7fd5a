package org.budayang.kiosk.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The kiosk configuration cannot be used. The message names the file, the key, the value found and
 * what is accepted, so that a technician can fix the file without reading code.
 */
public class ConfigException extends RuntimeException {
    private final transient Path file;
    private final String key;
    private final transient List<ConfigProblem> problems;

    /** A bad or missing value: {@code value} is null when the key is missing. */
    public ConfigException(Path file, String key, String value, String accepted) {
        super(describe(file, key, value, accepted));
        this.file = file;
        this.key = key;
        this.problems = List.of();
    }

    /** The file as a whole cannot be read. */
    public ConfigException(Path file, String message, Throwable cause) {
        super("Kiosk configuration " + file + ": " + message, cause);
        this.file = file;
        this.key = null;
        this.problems = List.of();
    }

    private ConfigException(Path file, String key, String message, List<ConfigProblem> problems) {
        super(message);
        this.file = file;
        this.key = key;
        this.problems = List.copyOf(problems);
    }

    /** A key that is no longer read: the message names the file, the key and what to do instead. */
    public static ConfigException retired(Path file, String key, String instead) {
        return new ConfigException(file, key, "Kiosk configuration " + file + ": " + retiredClause(key, instead),
                List.of());
    }

    /**
     * The problems {@link ConfigRules#check} found in {@code file}: the message tells the first one as the kiosk
     * always has ({@code key 'k' has the value 'v', which is not accepted; accepted: …}) and then the others.
     *
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public static ConfigException of(Path file, List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("ConfigException.of(" + file + "): no problem to report");
        }
        String message = "Kiosk configuration " + file + ": " + clause(problems.get(0));
        if (problems.size() > 1) {
            message += " — and " + (problems.size() - 1) + " more: " + problems.subList(1, problems.size()).stream()
                    .map(ConfigException::clause).collect(Collectors.joining(" | "));
        }
        return new ConfigException(file, problems.get(0).key(), message, problems);
    }

    private static String clause(ConfigProblem problem) {
        if (ConfigProblem.RETIRED_KEY.equals(problem.code())) {
            return retiredClause(problem.key(), ConfigRules.insteadOf(problem.key()));
        }
        return keyClause(problem.key(), problem.value(), problem.accepted());
    }

    private static String retiredClause(String key, String instead) {
        return "key '" + key + "' is no longer read; " + instead;
    }

    private static String describe(Path file, String key, String value, String accepted) {
        return "Kiosk configuration " + file + ": " + keyClause(key, value, accepted);
    }

    private static String keyClause(String key, String value, String accepted) {
        String found = value == null ? "is missing" : "has the value '" + value + "', which is not accepted";
        return "key '" + key + "' " + found + "; accepted: " + accepted;
    }

    /** The configuration file that was read. */
    public Path file() {
        return file;
    }

    /** The offending key (the first one's when there are several), or null when the file as a whole is the problem. */
    public String key() {
        return key;
    }

    /** Every problem {@link ConfigRules#check} found, first {@link #key()}'s; empty for other refusals. */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
