package org.budayang.architecture.violations.driver.escpos;

import org.budayang.architecture.violations.driver.DeviceThing;
import org.budayang.architecture.violations.driver.pcscsscard.SsCardDriver;

/** Violates "a driver depends only on driver-api": it reaches into another driver. */
public final class EscPosDriver implements DeviceThing {
    private final SsCardDriver neighbour = new SsCardDriver();

    @Override
    public String name() {
        return "escpos after " + neighbour.name();
    }
}
