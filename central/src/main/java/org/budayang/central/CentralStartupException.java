package org.budayang.central;

/** Central could not start: the message says what was tried (host, port, file) and how to fix it. */
public class CentralStartupException extends RuntimeException {
    public CentralStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
