package org.budayang.central.fleet.tls;

/** Central's TLS or kiosk CA cannot be set up (files missing, unreadable, not matching); the message says how to fix it. */
public final class TlsSetupException extends RuntimeException {
    public TlsSetupException(String message) {
        super(message);
    }

    public TlsSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
