package org.budayang.kiosk.core.config;

import java.nio.file.Path;

/**
 * The kiosk configuration cannot be used. The message names the file, the key, the value found and
 * what is accepted, so that a technician can fix the file without reading code.
 */
public class ConfigException extends RuntimeException {
    private final transient Path file;
    private final String key;

    /** A bad or missing value: {@code value} is null when the key is missing. */
    public ConfigException(Path file, String key, String value, String accepted) {
        super(describe(file, key, value, accepted));
        this.file = file;
        this.key = key;
    }

    /** The file as a whole cannot be read. */
    public ConfigException(Path file, String message, Throwable cause) {
        super("Kiosk configuration " + file + ": " + message, cause);
        this.file = file;
        this.key = null;
    }

    private ConfigException(Path file, String key, String message) {
        super(message);
        this.file = file;
        this.key = key;
    }

    /** A key that is no longer read: the message names the file, the key and what to do instead. */
    public static ConfigException retired(Path file, String key, String instead) {
        return new ConfigException(file, key, "Kiosk configuration " + file + ": key '" + key + "' is no longer read; "
                + instead);
    }

    private static String describe(Path file, String key, String value, String accepted) {
        String found = value == null ? "is missing" : "has the value '" + value + "', which is not accepted";
        return "Kiosk configuration " + file + ": key '" + key + "' " + found + "; accepted: " + accepted;
    }

    /** The configuration file that was read. */
    public Path file() {
        return file;
    }

    /** The offending key, or null when the file as a whole is the problem. */
    public String key() {
        return key;
    }
}
