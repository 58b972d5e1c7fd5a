package org.budayang.architecture.violations.driver.idcard;

import org.budayang.architecture.violations.driver.DeviceThing;

/** A clean driver: depends on driver-api only. */
public final class IdCardDriver implements DeviceThing {
    @Override
    public String name() {
        return "idcard-sam";
    }
}
