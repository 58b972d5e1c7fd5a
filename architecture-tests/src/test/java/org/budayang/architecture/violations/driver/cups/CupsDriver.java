package org.budayang.architecture.violations.driver.cups;

import org.budayang.architecture.violations.api.ApiRecord;
import org.budayang.architecture.violations.driver.DeviceThing;

/** Violates "a driver depends only on driver-api": it uses the service contract. */
public final class CupsDriver implements DeviceThing {
    private final ApiRecord record = new ApiRecord("XK00001");

    @Override
    public String name() {
        return "cups " + record.code();
    }
}
