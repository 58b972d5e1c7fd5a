package org.budayang.driver.escpos;

import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.driver.testkit.SocatPty;

/**
 * A real link between the driver and the printer emulator: a socat pty pair (SerialLink on both ends) or a
 * loopback TCP connection (TcpLink on both ends, like a printer's port 9100). The emulator serves its end through a
 * {@link DeviceEnd}, so that after {@link #unplug()} and {@link #replug()} it serves the new cable by itself.
 */
abstract class Cable implements AutoCloseable {
    private static final Duration REOPEN = Duration.ofMillis(10);

    /** PTY: serial link on a socat pty; FILE: the same pty opened as a device file (link=file); TCP: loopback. */
    enum Kind {
        PTY, FILE, TCP;

        Cable connect(PrinterEmulator emulator) {
            Cable cable = this == TCP ? new Tcp(emulator) : new Pty(emulator, this == FILE);
            cable.awaitDeviceReady();
            return cable;
        }
    }

    protected DeviceEnd port;

    /** The driver's link settings. */
    abstract Map<String, String> hostSettings();

    abstract void unplug();

    abstract void replug();

    /** Waits until the emulator's end is open (a pty opened later may lose what was written before). */
    void awaitDeviceReady() {
    }

    static void await(String what, BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private static final class Pty extends Cable {
        private final SocatPty pty = SocatPty.start();
        private final boolean asFile;

        Pty(PrinterEmulator emulator, boolean asFile) {
            this.asFile = asFile;
            port = DeviceEnd.start("ESC/POS printer emulator", emulator::serve,
                    pty.deviceOpener(115_200), REOPEN, "serial " + pty.devicePath());
        }

        @Override
        Map<String, String> hostSettings() {
            return asFile ? Map.of("link", "file", "port", pty.hostPath()) : pty.hostSettings(115_200);
        }

        String hostPath() {
            return pty.hostPath();
        }

        @Override
        void awaitDeviceReady() {
            await("the emulator's end of " + pty, port::isServing, Duration.ofSeconds(3));
        }

        @Override
        void unplug() {
            pty.unplug();
        }

        @Override
        void replug() {
            pty.replug();
            awaitDeviceReady();
        }

        @Override
        public void close() {
            port.close();
            pty.close();
        }
    }

    private static final class Tcp extends Cable {
        private final LoopbackSockets sockets = LoopbackSockets.open();

        Tcp(PrinterEmulator emulator) {
            port = DeviceEnd.start("ESC/POS printer emulator", emulator::serve,
                    () -> sockets.accept(Duration.ofMillis(200)), REOPEN,
                    "tcp " + sockets.host() + ":" + sockets.port());
        }

        @Override
        Map<String, String> hostSettings() {
            return sockets.hostSettings();
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
            port.close();
            sockets.close();
        }
    }

    @Override
    public abstract void close();
}
