package org.budayang.architecture.violations.driver.pcscsscard;

import org.budayang.architecture.violations.driver.DeviceThing;

/** A clean driver: depends on driver-api only. */
public final class SsCardDriver implements DeviceThing {
    @Override
    public String name() {
        return "pcsc-sscard";
    }
}
