package org.budayang.central.db;

/** The database cannot be reached or migrated; the message names the URL and what to check. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
