package org.budayang.provisioning.probe;

/** What the probe learnt about one serial port. */
public enum PortState {
    /** A driver's handshake was answered: the device is known. */
    IDENTIFIED,
    /** The port opened but no driver's handshake was answered at any usual baud rate (or a passive device). */
    NO_ANSWER,
    /** Another process holds the port; it was not touched. */
    BUSY,
    /** The path does not exist (unplugged adapter, wrong path). */
    MISSING,
    /** The port exists but could not be opened (permission, locked). */
    CANNOT_OPEN,
    /** The handshakes did not finish within the port's time box. */
    TIMED_OUT
}
