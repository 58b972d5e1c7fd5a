package org.budayang.driver.testkit;

import java.time.Clock;
import java.time.Duration;
import org.budayang.driver.Device;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/** The echo driver against its emulator over a socat pty pair. */
final class EchoHarness implements DeviceContract.Harness {
    private static final int BAUD = 115200;

    private final boolean honoursDeadline;
    private final SocatPty pty;
    private final EchoEmulator emulator;

    EchoHarness(boolean honoursDeadline) {
        this.honoursDeadline = honoursDeadline;
        this.pty = SocatPty.start();
        this.emulator = new EchoEmulator(pty.deviceOpener(BAUD));
    }

    @Override public LinkOpener hostOpener() { return pty.hostOpener(BAUD); }

    @Override
    public Device createDevice(LinkOpener opener) {
        return new EchoDevice("qrScanner", opener, Clock.systemUTC(), honoursDeadline);
    }

    @Override public String operationName() { return "echo"; }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return ((EchoDevice) device).echo(deadline, cancel);
    }

    @Override public void unplug() { pty.unplug(); }
    @Override public void replug() { pty.replug(); }
    @Override public void garbage(byte[] bytes) { emulator.garbage(bytes); }
    @Override public void silent(boolean silent) { emulator.silent(silent); }
    @Override public void slow(Duration delay) { emulator.slow(delay); }

    @Override
    public void close() throws Exception {
        try {
            emulator.close();
        } finally {
            pty.close();
        }
    }
}
