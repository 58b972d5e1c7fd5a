package org.budayang.driver.qrserial;

import org.budayang.driver.qrserial.emulator.ScannerEmulator;
import org.budayang.driver.testkit.EmulatorCable;

/** The cables the integration tests run over: a socat pty pair at 115200 baud, and loopback TCP. */
enum CableKind {
    PTY, TCP;

    static final int BAUD = 115_200;
    private static final String LABEL = "QR scanner emulator";

    EmulatorCable connect(ScannerEmulator emulator) {
        return this == TCP ? EmulatorCable.tcp(LABEL, emulator::serve)
                : EmulatorCable.pty(LABEL, emulator::serve, BAUD);
    }
}
