package org.budayang.architecture.violations.kiosk;

import org.budayang.architecture.violations.central.CentralService;

/** Violates "the kiosk never depends on central". */
public final class KioskNeedingCentral {
    private final CentralService central = new CentralService();

    public String code() {
        return central.find("XK00001").code();
    }
}
