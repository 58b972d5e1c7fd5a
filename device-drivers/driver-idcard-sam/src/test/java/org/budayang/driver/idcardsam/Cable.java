package org.budayang.driver.idcardsam;

import java.time.Duration;
import java.util.Map;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.driver.testkit.SocatPty;

/**
 * A real link between the driver and the reader emulator: a socat pty pair opened by path at a baud rate
 * (SerialLink on both ends), or a loopback TCP connection (TcpLink on both ends). The emulator serves its
 * end through a {@link DeviceEnd}, so that after {@link #unplug()} and {@link #replug()} it serves the
 * new cable by itself; the driver's end is opened by the driver from {@link #hostSettings()}.
 */
abstract class Cable implements AutoCloseable {
    private static final Duration REOPEN = Duration.ofMillis(10);

    /** The kinds of cable the integration tests run over. */
    enum Kind {
        PTY_115200, PTY_9600, TCP;

        int baud() {
            return this == PTY_9600 ? 9600 : 115_200;
        }

        Cable connect(ReaderEmulator emulator) {
            return this == TCP ? new Tcp(emulator) : new Pty(emulator, baud());
        }
    }

    protected DeviceEnd deviceEnd;

    /** The driver's link settings: {@code link=serial, port, baud} or {@code link=tcp, host, tcpPort}. */
    abstract Map<String, String> hostSettings();

    /** How the driver's link names itself, e.g. {@code serial /tmp/budayang-pty-1/host 9600 8N1}. */
    abstract String hostDescription();

    /** Pulls the cable: socat killed, or the server socket and its connections closed. */
    abstract void unplug();

    /** Plugs it in again on the same path or port. */
    abstract void replug();

    /** How many links the emulator has finished serving (a lost link counts). */
    int deviceLinksServed() {
        return deviceEnd.linksServed();
    }

    /**
     * Waits until the emulator can hear the driver: its pty end is open (a pty opened later may lose what
     * was written before), or the server socket listens (TCP buffers the first bytes until the accept).
     */
    abstract void awaitDeviceReady(Duration timeout);

    private static final class Pty extends Cable {
        private final SocatPty pty = SocatPty.start();
        private final int baud;

        Pty(ReaderEmulator emulator, int baud) {
            this.baud = baud;
            this.deviceEnd = DeviceEnd.start("ID card emulator", emulator::serve,
                    pty.deviceOpener(baud), REOPEN, "serial " + pty.devicePath());
        }

        @Override
        Map<String, String> hostSettings() {
            return pty.hostSettings(baud);
        }

        @Override
        String hostDescription() {
            return "serial " + pty.hostPath() + " " + baud + " 8N1";
        }

        @Override
        void awaitDeviceReady(Duration timeout) {
            Rig.await("the emulator's end of " + pty, deviceEnd::isServing, timeout);
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

        Tcp(ReaderEmulator emulator) {
            this.deviceEnd = DeviceEnd.start("ID card emulator", emulator::serve,
                    () -> sockets.accept(Duration.ofMillis(200)), REOPEN,
                    "tcp " + sockets.host() + ":" + sockets.port());
        }

        @Override
        Map<String, String> hostSettings() {
            return sockets.hostSettings();
        }

        @Override
        String hostDescription() {
            return "tcp " + sockets.host() + ":" + sockets.port();
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
