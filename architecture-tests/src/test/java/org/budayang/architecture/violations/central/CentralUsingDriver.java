package org.budayang.architecture.violations.central;

import org.budayang.architecture.violations.driver.DeviceThing;

/** Violates "central depends on service-api only". */
public final class CentralUsingDriver {
    public String name(DeviceThing device) {
        return device.name();
    }
}
