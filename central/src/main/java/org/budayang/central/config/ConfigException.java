package org.budayang.central.config;

/** Central's configuration is unreadable or holds a bad key or value; the message names key, value and fix. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
