package org.budayang.api.fleet;

/**
 * A device role's health as a kiosk reports it to central: the driver SPI's health axis (DESIGN.md, Devices),
 * repeated here because service-api depends on nothing of ours.
 */
public enum DeviceState {
    ONLINE,
    BUSY,
    DEGRADED,
    /** Configured but not answering (unplugged, powered off, link lost). */
    OFFLINE,
    NOT_CONFIGURED,
    HARDWARE_ERROR,
    USER_ERROR
}
