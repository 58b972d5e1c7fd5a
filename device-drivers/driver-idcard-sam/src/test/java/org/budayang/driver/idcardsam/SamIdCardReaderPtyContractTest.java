package org.budayang.driver.idcardsam;

import org.budayang.driver.testkit.DeviceContract;

/** The driver contract, over a socat pty pair at 115200 baud. */
class SamIdCardReaderPtyContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new SamHarness(CableKind.PTY_115200);
    }
}
