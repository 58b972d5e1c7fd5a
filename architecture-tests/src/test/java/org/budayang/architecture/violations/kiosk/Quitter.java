package org.budayang.architecture.violations.kiosk;

/** Violates "no System.exit outside *Main". */
public final class Quitter {
    public void quit() {
        System.exit(3);
    }
}
