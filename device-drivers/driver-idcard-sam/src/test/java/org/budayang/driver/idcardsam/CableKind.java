package org.budayang.driver.idcardsam;

import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.testkit.EmulatorCable;

/** The cables the integration tests run over: socat pty pairs at two baud rates, and loopback TCP. */
enum CableKind {
    PTY_115200, PTY_9600, TCP;

    private static final String LABEL = "ID card emulator";

    /** The line's baud rate, which the emulator paces its answers by (115200 for TCP). */
    int baud() {
        return this == PTY_9600 ? 9600 : 115_200;
    }

    EmulatorCable connect(ReaderEmulator emulator) {
        return this == TCP ? EmulatorCable.tcp(LABEL, emulator::serve)
                : EmulatorCable.pty(LABEL, emulator::serve, baud());
    }
}
