package org.budayang.api.fleet;

/** What ops can ask a kiosk to do remotely. */
public enum CommandType {
    /** Stop serving citizens and show {@link KioskCommand#message()} until {@link #BACK_IN_SERVICE}. */
    OUT_OF_SERVICE,
    BACK_IN_SERVICE,
    /** Fetch the catalogue from central now. */
    RELOAD_CATALOG,
    /** Restart the kiosk application (the result is reported after the restart). */
    RESTART,
    /** Set {@link KioskCommand#configKey()} to {@link KioskCommand#configValue()}. */
    SET_CONFIG,
    /** Send the recent log (personal data already masked) back as the result's attachment. */
    COLLECT_LOGS,
    /** A PNG of the screen as the result's attachment; refused while a citizen's session is open. */
    SCREENSHOT
}
