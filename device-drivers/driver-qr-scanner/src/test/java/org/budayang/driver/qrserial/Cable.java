package org.budayang.driver.qrserial;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.driver.testkit.SocatPty;

/**
 * A real link between the driver and the scanner emulator: a socat pty pair opened by path (SerialLink on both
 * ends) or a loopback TCP connection (TcpLink on both ends). The emulator serves its end through a
 * {@link DeviceEnd}, so that after {@link #unplug()} and {@link #replug()} it serves the new cable by itself.
 */
abstract class Cable implements AutoCloseable {
    static final int BAUD = 115_200;
    private static final Duration REOPEN = Duration.ofMillis(10);

    enum Kind {
        PTY, TCP;

        Cable connect(ScannerEmulator emulator) {
            return this == TCP ? new Tcp(emulator) : new Pty(emulator);
        }
    }

    protected DeviceEnd deviceEnd;

    /** The driver's link settings. */
    abstract Map<String, String> hostSettings();

    abstract void unplug();

    abstract void replug();

    /** Waits until the emulator's end is open (a pty opened later loses what was written before). */
    abstract void awaitDeviceReady(Duration timeout);

    static void await(String what, BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("not within " + timeout.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    private static final class Pty extends Cable {
        private final SocatPty pty = SocatPty.start();

        Pty(ScannerEmulator emulator) {
            deviceEnd = DeviceEnd.start("QR scanner emulator", emulator::serve,
                    pty.deviceOpener(BAUD), REOPEN, "serial " + pty.devicePath());
        }

        @Override
        Map<String, String> hostSettings() {
            return pty.hostSettings(BAUD);
        }

        @Override
        void awaitDeviceReady(Duration timeout) {
            await("the emulator's end of " + pty, deviceEnd::isServing, timeout);
        }

        @Override
        void unplug() {
            pty.unplug();
        }

        @Override
        void replug() {
            pty.replug();
        }

        @Override
        public void close() {
            deviceEnd.close();
            pty.close();
        }
    }

    private static final class Tcp extends Cable {
        private final LoopbackSockets sockets = LoopbackSockets.open();

        Tcp(ScannerEmulator emulator) {
            deviceEnd = DeviceEnd.start("QR scanner emulator", emulator::serve,
                    () -> sockets.accept(Duration.ofMillis(200)), REOPEN,
                    "tcp " + sockets.host() + ":" + sockets.port());
        }

        @Override
        Map<String, String> hostSettings() {
            return sockets.hostSettings();
        }

        @Override
        void awaitDeviceReady(Duration timeout) {
            // listening since construction or replug; the accept follows the driver's connect
        }

        @Override
        void unplug() {
            sockets.unplug();
        }

        @Override
        void replug() {
            sockets.replug();
        }

        @Override
        public void close() {
            deviceEnd.close();
            sockets.close();
        }
    }

    @Override
    public abstract void close();
}
