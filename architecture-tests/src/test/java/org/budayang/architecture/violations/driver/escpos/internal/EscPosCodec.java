package org.budayang.architecture.violations.driver.escpos.internal;

import org.budayang.architecture.violations.driver.DeviceThing;
import org.budayang.architecture.violations.driver.escpos.EscPosDriver;

/** Clean: a driver's internal package may use its own driver and driver-api. */
public final class EscPosCodec {
    public DeviceThing encodeFor(EscPosDriver driver) {
        return driver;
    }
}
