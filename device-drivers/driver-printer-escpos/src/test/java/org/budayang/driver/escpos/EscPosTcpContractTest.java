package org.budayang.driver.escpos;

import org.budayang.driver.testkit.DeviceContract;

/** The driver contract over loopback TCP (a network printer's port 9100). */
class EscPosTcpContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new EscPosHarness(CableKind.TCP);
    }
}
