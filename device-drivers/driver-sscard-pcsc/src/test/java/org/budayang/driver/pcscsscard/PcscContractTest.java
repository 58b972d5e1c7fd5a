package org.budayang.driver.pcscsscard;

import org.budayang.driver.testkit.DeviceContract;

/** driver-testkit's contract for pcsc-sscard through a real pcscd and the virtual card ({@link PcscHarness}). */
class PcscContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new PcscHarness();
    }
}
