package org.budayang.kiosk.ui.shell;

/** The kiosk's screens; at most three levels below attract: home, department, guide. */
public enum Screen {
    ATTRACT,
    HOME,
    DEPARTMENT,
    GUIDE
}
