package org.budayang.driver;

/** What staff should do about a device's status (shown to technicians and to central ops). */
public enum RecommendedAction {
    /** Power-cycle or reset the device. */
    RESET,
    /** Clear the condition on site: replace paper, remove a jam, empty the cash box, close the cover. */
    CLEAR,
    /** Call maintenance: the device needs repair or replacement. */
    MAINTENANCE,
    /** Fix the kiosk's device configuration (driver name, port, settings). */
    CONFIGURATION,
    /** Nothing to do. */
    NONE
}
