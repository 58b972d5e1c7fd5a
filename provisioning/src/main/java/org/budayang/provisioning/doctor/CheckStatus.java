package org.budayang.provisioning.doctor;

/** The verdict of one doctor check. */
public enum CheckStatus {
    /** The kiosk has what it needs. */
    OK,
    /** The kiosk can run, but not as it should (e.g. headless only, little disk left). */
    WARN,
    /** The kiosk cannot run properly until this is fixed. */
    FAIL
}
