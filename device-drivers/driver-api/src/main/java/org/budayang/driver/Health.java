package org.budayang.driver;

/**
 * The health axis of a device (DESIGN.md, Devices), independent of its {@link LifecycleState}.
 * What a kiosk offers follows from it: a service that needs a device is offered only while the
 * device {@link #canServe() can serve}.
 */
public enum Health {
    /** Working and idle. */
    ONLINE,
    /** Working, currently executing an operation. */
    BUSY,
    /** Working with reduced capability (e.g. one of two paper trays empty); see the conditions. */
    DEGRADED,
    /** Configured but not answering: unplugged, powered off, link lost. */
    OFFLINE,
    /** No driver is configured for the role. */
    NOT_CONFIGURED,
    /** The device reports a fault of its own (jam, sensor, SAM module) and needs staff. */
    HARDWARE_ERROR,
    /** Someone is preventing operation (cover left open, object in the slot) and staff must clear it. */
    USER_ERROR;

    /** Whether the device is fully working: {@link #ONLINE} or {@link #BUSY}. */
    public boolean isOperational() {
        return this == ONLINE || this == BUSY;
    }

    /** Whether a citizen service that needs the device can be offered: operational or {@link #DEGRADED}. */
    public boolean canServe() {
        return isOperational() || this == DEGRADED;
    }

    /** Whether staff have to act before the device works again (so a recommended action is required). */
    public boolean needsStaff() {
        return this == OFFLINE || this == NOT_CONFIGURED || this == HARDWARE_ERROR || this == USER_ERROR;
    }
}
