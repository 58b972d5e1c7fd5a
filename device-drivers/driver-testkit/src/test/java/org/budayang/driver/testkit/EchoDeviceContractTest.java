package org.budayang.driver.testkit;

/** The reference echo driver passes the whole contract over a socat pty. */
class EchoDeviceContractTest extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new EchoHarness(true);
    }
}
