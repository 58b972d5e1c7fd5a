package org.budayang.driver.escpos;

import org.budayang.driver.escpos.emulator.PrinterEmulator;
import org.budayang.driver.testkit.EmulatorCable;

/** PTY: serial link on a socat pty; FILE: the same pty opened as a device file (link=file); TCP: loopback. */
enum CableKind {
    PTY, FILE, TCP;

    private static final int BAUD = 115_200;
    private static final String LABEL = "ESC/POS printer emulator";

    EmulatorCable connect(PrinterEmulator emulator) {
        return switch (this) {
            case PTY -> EmulatorCable.pty(LABEL, emulator::serve, BAUD);
            case FILE -> EmulatorCable.ptyAsFile(LABEL, emulator::serve, BAUD);
            case TCP -> EmulatorCable.tcp(LABEL, emulator::serve);
        };
    }
}
