package org.budayang.kiosk.core.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Changes the kiosk's configuration file from inside the kiosk: one value as remote ops order it (issue #9,
 * SET_CONFIG, {@link #set}) or several as the technician panel does ({@link #apply}). The whole new configuration is
 * validated exactly as the kiosk reads it at start ({@link ConfigRules#check}, {@link KioskConfig}) and only then
 * written by {@link ConfigStore}: atomically, with the former file kept as {@code <file>.bak}, comments and the other
 * lines kept, sealed against a cut write. A refused value, a half-written file or a power cut leaves the old file
 * whole. The kiosk reads the new values at its next start. Keys that would move the kiosk's data or its lock
 * ({@link #REFUSED}) are refused remotely.
 */
public final class ConfigEditor {
    /** Keys not changed remotely: the data directory (journal, enrolment) and the technician PIN. */
    public static final Set<String> REFUSED = Set.of(ConfigRules.DATA_DIR, ConfigRules.PIN_HASH);
    /** The writer the kiosk's writes name in the file's header. */
    public static final String WRITER = "the kiosk";

    private final Path file;
    private final ConfigStore store;

    /** An editor of {@code file} that stamps its writes with the system clock. */
    public ConfigEditor(Path file) {
        this(file, Clock.systemUTC());
    }

    public ConfigEditor(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "ConfigEditor.file").toAbsolutePath().normalize();
        this.store = new ConfigStore(clock, WRITER);
    }

    public Path file() {
        return file;
    }

    /**
     * Sets {@code key} to {@code value}, as central ops order it.
     *
     * @return the configuration as the kiosk will read it at its next start
     * @throws ConfigException naming the key and the value when refused; the file is unchanged then
     */
    public KioskConfig set(String key, String value) {
        if (key == null || !key.matches("[A-Za-z][A-Za-z0-9._-]{0,79}")) {
            throw new ConfigException(file, String.valueOf(key), value, "a configuration key such as "
                    + "idle.timeout.seconds or device.receiptPrinter.port");
        }
        if (REFUSED.contains(key)) {
            throw ConfigException.retired(file, key, "it is not changed remotely (" + String.join(", ", REFUSED)
                    + "); a technician changes it on site");
        }
        if (value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.length() > 500) {
            throw new ConfigException(file, key, value == null ? null : "(" + value.length() + " characters)",
                    "one line of at most 500 characters");
        }
        return apply(Map.of(key, value), Set.of());
    }

    /**
     * Sets the keys of {@code changes} and removes those of {@code removals}, on site (any key may change).
     *
     * @return the configuration as the kiosk will read it at its next start
     * @throws ConfigException naming every problem of the resulting configuration, those of the changed keys first,
     *                         or why the file cannot be changed; the file is unchanged then
     */
    public KioskConfig apply(Map<String, String> changes, Set<String> removals) {
        ConfigStore.Snapshot current = ConfigStore.readFile(file);
        if (!current.file().integrity().usable()) {
            throw new ConfigException(file, "the file is " + current.file().integrity() + " ("
                    + current.file().detail() + "); nothing was changed", null);
        }
        Map<String, String> values = new LinkedHashMap<>(current.file().values());
        values.keySet().removeAll(removals);
        values.putAll(changes);
        List<ConfigProblem> problems = ConfigRules.check(values);
        if (!problems.isEmpty()) {
            List<ConfigProblem> ordered = new ArrayList<>();
            problems.stream().filter(p -> changes.containsKey(p.key()) || removals.contains(p.key()))
                    .forEach(ordered::add);
            problems.stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
            throw ConfigException.of(file, ordered);
        }
        KioskConfig config = KioskConfigLoader.from(file, values);
        try {
            store.write(file, values);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot write the changed file (" + e + "); check that the kiosk's "
                    + "user may write its folder", e);
        }
        return config;
    }
}
