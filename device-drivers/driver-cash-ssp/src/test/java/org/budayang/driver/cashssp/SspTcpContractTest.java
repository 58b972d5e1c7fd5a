package org.budayang.driver.cashssp;

import org.budayang.driver.testkit.DeviceContract;

/** The driver contract, over loopback TCP. */
class SspTcpContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new SspHarness(CableKind.TCP);
    }
}
