package org.budayang.driver.idcardsam;

import org.budayang.driver.Device;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.testkit.CabledHarness;
import org.budayang.driver.testkit.DeviceContract;
import org.budayang.driver.testkit.EmulatorCable;

/**
 * The idcard-sam driver, built by its provider, against the reader emulator (a card on it) over a real
 * {@link EmulatorCable}, for the {@link DeviceContract}. The command timeout (800 ms) lies between the contract's
 * slow answers (600 ms, which must succeed) and its 1 s deadline, within which a silent reader must be
 * OFFLINE.
 */
final class SamHarness extends CabledHarness {
    static final String ROLE = "idCardReader";

    SamHarness(CableKind kind) {
        this(kind, withCard(new ReaderEmulator(ReaderEmulator.withDemoCards(0).cards(), kind.baud())));
    }

    private SamHarness(CableKind kind, ReaderEmulator emulator) {
        super(ROLE, kind.connect(emulator), emulator);
    }

    private static ReaderEmulator withCard(ReaderEmulator emulator) {
        emulator.place(1);
        return emulator;
    }

    @Override
    public Device createDevice(LinkOpener opener) {
        return new SamIdCardReaderProvider(through(opener), Links.SETTING_KEYS)
                .create(context("pollInterval", "300ms", "commandTimeout", "800ms"));
    }

    @Override
    public String operationName() {
        return "readCard";
    }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return ((IdCardReader) device).readCard(deadline, cancel);
    }
}
