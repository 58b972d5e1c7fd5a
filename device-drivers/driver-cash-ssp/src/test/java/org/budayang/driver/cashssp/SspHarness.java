package org.budayang.driver.cashssp;

import java.util.EnumSet;
import org.budayang.driver.Device;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cash.EscrowPolicy;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.testkit.CabledHarness;
import org.budayang.driver.testkit.DeviceContract;

/**
 * The cash-ssp driver, built by its provider, against the acceptor emulator over a real cable, for the
 * {@link DeviceContract}; the representative operation is {@code acceptNotes}. The reply timeout (800 ms) lies between
 * the contract's slow replies (600 ms, which must succeed) and its 1 s deadline, and {@code resends=0}, so that one
 * unanswered packet makes the acceptor OFFLINE within that deadline; the 20 resends of the default are tested in
 * {@link LostRepliesTest}.
 */
final class SspHarness extends CabledHarness {
    static final String ROLE = "cashAcceptor";

    SspHarness(CableKind kind) {
        this(kind, new AcceptorEmulator());
    }

    private SspHarness(CableKind kind, AcceptorEmulator emulator) {
        super(ROLE, kind.connect(emulator), emulator);
    }

    @Override
    public Device createDevice(LinkOpener opener) {
        CashAcceptor acceptor = (CashAcceptor) new SspCashAcceptorProvider(through(opener), Links.SETTING_KEYS)
                .create(context("pollInterval", "200ms", "replyTimeout", "800ms", "resends", "0"));
        acceptor.useJournal(credit -> { });
        return acceptor;
    }

    @Override
    public String operationName() {
        return "acceptNotes";
    }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return ((CashAcceptor) device).acceptNotes(EnumSet.allOf(Denomination.class), EscrowPolicy.rejectAll(),
                deadline, cancel);
    }
}
