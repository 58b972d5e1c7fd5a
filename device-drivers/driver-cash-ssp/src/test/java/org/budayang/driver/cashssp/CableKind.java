package org.budayang.driver.cashssp;

import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.testkit.EmulatorCable;

/** The cables the integration tests run over: a socat pty pair at 9600 baud (SSP's usual rate), and loopback TCP. */
enum CableKind {
    PTY, TCP;

    private static final String LABEL = "cash acceptor emulator";

    EmulatorCable connect(AcceptorEmulator emulator) {
        return this == TCP ? EmulatorCable.tcp(LABEL, emulator::serve) : EmulatorCable.pty(LABEL, emulator::serve, 9600);
    }
}
