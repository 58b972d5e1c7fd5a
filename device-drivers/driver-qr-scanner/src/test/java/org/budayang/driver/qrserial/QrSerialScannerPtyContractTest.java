package org.budayang.driver.qrserial;

import org.budayang.driver.testkit.DeviceContract;

/** The driver contract, over a socat pty pair. */
class QrSerialScannerPtyContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new ScannerHarness(CableKind.PTY);
    }
}
