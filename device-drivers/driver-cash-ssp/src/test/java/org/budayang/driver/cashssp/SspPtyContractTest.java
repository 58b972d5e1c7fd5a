package org.budayang.driver.cashssp;

import org.budayang.driver.testkit.DeviceContract;

/** The driver contract, over a socat pty pair at 9600 baud. */
class SspPtyContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new SspHarness(CableKind.PTY);
    }
}
