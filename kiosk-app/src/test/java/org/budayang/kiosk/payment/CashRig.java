package org.budayang.kiosk.payment;

import java.time.Duration;
import org.budayang.driver.cashssp.SspCashAcceptor;
import org.budayang.driver.cashssp.SspCashAcceptorProvider;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.link.Links;
import org.budayang.driver.testkit.EmulatorCable;

/**
 * The real {@code cash-ssp} driver against the SSP acceptor emulator over a loopback TCP cable (the emulator's state,
 * the notes it credited, outlives the driver: a killed kiosk's successor talks to the same acceptor).
 */
public final class CashRig implements AutoCloseable {
    public final AcceptorEmulator emulator;
    public final EmulatorCable cable;
    public final SspCashAcceptor acceptor;

    public CashRig() throws Exception {
        this(new AcceptorEmulator());
    }

    public CashRig(AcceptorEmulator emulator) throws Exception {
        this.emulator = emulator;
        this.cable = EmulatorCable.tcp("SSP acceptor emulator", emulator::serve);
        this.acceptor = (SspCashAcceptor) new SspCashAcceptorProvider(Links::opener, Links.SETTING_KEYS)
                .create(cable.driverContext("cashAcceptor", "pollInterval", "20ms", "replyTimeout", "300ms"));
        acceptor.open();
        acceptor.enable();
    }

    static void await(String what, java.util.function.BooleanSupplier ok) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!ok.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 10 s for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            acceptor.close();
        } finally {
            cable.close();
            emulator.close();
        }
    }
}
