package org.budayang.driver.escpos;

import org.budayang.driver.testkit.DeviceContract;

/** The driver contract over a socat pty pair (a serial cable). */
class EscPosPtyContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new EscPosHarness(CableKind.PTY);
    }
}
