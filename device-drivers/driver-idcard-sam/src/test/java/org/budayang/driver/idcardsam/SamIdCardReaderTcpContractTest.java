package org.budayang.driver.idcardsam;

import org.budayang.driver.testkit.DeviceContract;

/** The driver contract, over loopback TCP. */
class SamIdCardReaderTcpContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new SamHarness(CableKind.TCP);
    }
}
