package org.budayang.driver.testkit;

/**
 * The contract run against the broken echo driver that ignores deadlines. Not a test of its own
 * (surefire does not pick it up by name): {@link ContractCanFailTest} runs it and expects a failure.
 */
class BrokenEchoDeviceContract extends DeviceContract {
    @Override
    protected Harness createHarness() {
        return new EchoHarness(false);
    }
}
