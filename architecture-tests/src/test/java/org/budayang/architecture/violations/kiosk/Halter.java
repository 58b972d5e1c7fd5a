package org.budayang.architecture.violations.kiosk;

/** Violates "no System.exit outside *Main", with Runtime.halt in a nested class. */
public final class Halter {
    public static final class Now {
        public void halt() {
            Runtime.getRuntime().halt(1);
        }
    }
}
