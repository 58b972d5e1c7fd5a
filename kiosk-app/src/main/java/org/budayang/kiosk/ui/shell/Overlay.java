package org.budayang.kiosk.ui.shell;

/** What may lie over a screen; one at a time (the idle countdown lies above all of them). */
public enum Overlay {
    NONE,
    HELP,
    START_NOTICE,
    PIN_PAD,
    TECHNICIAN
}
