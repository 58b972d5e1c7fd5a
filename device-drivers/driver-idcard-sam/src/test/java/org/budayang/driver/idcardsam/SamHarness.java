package org.budayang.driver.idcardsam;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.testkit.DeviceContract;

/**
 * The idcard-sam driver, built by its provider, against the reader emulator (a card on it) over a real
 * {@link Cable}, for the {@link DeviceContract}. The command timeout (800 ms) lies between the contract's
 * slow answers (600 ms, which must succeed) and its 1 s deadline, within which a silent reader must be
 * OFFLINE.
 */
final class SamHarness implements DeviceContract.Harness {
    static final String ROLE = "idCardReader";

    private final ReaderEmulator emulator;
    private final Cable cable;

    SamHarness(Cable.Kind kind) {
        emulator = new ReaderEmulator(ReaderEmulator.withDemoCards(0).cards(), kind.baud());
        emulator.place(1);
        cable = kind.connect(emulator);
        cable.awaitDeviceReady(Duration.ofSeconds(3));
    }

    @Override
    public LinkOpener hostOpener() {
        return Links.opener(DriverSettings.of(ROLE, cable.hostSettings()));
    }

    @Override
    public Device createDevice(LinkOpener opener) {
        Map<String, String> settings = new HashMap<>(cable.hostSettings());
        settings.put("pollInterval", "300ms");
        settings.put("commandTimeout", "800ms");
        SamIdCardReaderProvider provider = new SamIdCardReaderProvider(checked -> {
            Links.opener(checked);
            return opener;
        }, Links.SETTING_KEYS);
        return provider.create(new DriverContext(ROLE, DriverSettings.of(ROLE, settings), Clock.systemUTC()));
    }

    @Override
    public String operationName() {
        return "readCard";
    }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return ((IdCardReader) device).readCard(deadline, cancel);
    }

    @Override
    public void unplug() {
        cable.unplug();
    }

    @Override
    public void replug() {
        cable.replug();
        cable.awaitDeviceReady(Duration.ofSeconds(3));
    }

    @Override
    public void garbage(byte[] bytes) {
        emulator.sendUnasked(bytes);
    }

    @Override
    public void silent(boolean silent) {
        emulator.silent(silent);
    }

    @Override
    public void slow(Duration delay) {
        emulator.slow(delay);
    }

    @Override
    public void close() {
        try {
            cable.close();
        } finally {
            emulator.close();
        }
    }
}
