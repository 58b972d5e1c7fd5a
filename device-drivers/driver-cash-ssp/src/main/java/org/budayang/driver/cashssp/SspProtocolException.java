package org.budayang.driver.cashssp;

/** A reply that does not follow SSP (unknown event, short setup data); the message shows the bytes. */
public final class SspProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    public SspProtocolException(String message) {
        super(message);
    }
}
