package org.budayang.driver.qrserial;

import org.budayang.driver.testkit.DeviceContract;

/** The driver contract, over loopback TCP. */
class QrSerialScannerTcpContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new ScannerHarness(CableKind.TCP);
    }
}
