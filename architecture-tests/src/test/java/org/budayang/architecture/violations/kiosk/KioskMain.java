package org.budayang.architecture.violations.kiosk;

/** Violates "no System.out": a *Main outside provisioning is no CLI. Its System.exit is allowed. */
public final class KioskMain {
    private KioskMain() {
    }

    public static void main(String[] args) {
        System.out.println("kiosk starting");
        System.exit(0);
    }
}
