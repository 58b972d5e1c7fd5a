package org.budayang.driver.cups;

import org.budayang.driver.testkit.DeviceContract;

/** driver-testkit's contract for the {@code cups} driver against a real cupsd ({@link CupsHarness} says how each fault is made). */
class CupsDocumentPrinterContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new CupsHarness();
    }
}
