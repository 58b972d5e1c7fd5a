package org.budayang.driver.escpos;

import org.budayang.driver.testkit.DeviceContract;

/** The driver contract over a device file (link=file, as for /dev/usb/lp0), here the host end of a socat pty. */
class EscPosFileContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new EscPosHarness(CableKind.FILE);
    }
}
