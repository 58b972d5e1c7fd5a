package org.budayang.central.connectors;

/** Central cannot start with this connector configuration; the message names key, value and what is accepted. */
public class ConnectorConfigException extends RuntimeException {
    public ConnectorConfigException(String message) {
        super(message);
    }
}
