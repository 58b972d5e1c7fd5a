package org.budayang.driver.qrserial;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;
import org.budayang.driver.scanner.CodeScanner;
import org.budayang.driver.testkit.DeviceContract;

/**
 * The qr-serial driver, built by its provider, against the scanner emulator (Newland command set, UTF-8, CR)
 * over a real {@link Cable}, for the {@link DeviceContract}. The representative operation is awaitCode while a
 * citizen scans: the harness makes the emulator scan {@value #SCAN_AFTER_MS} ms after the call (plus the
 * emulator's slow delay), then waits for the code. A line timeout of 100 ms lets the contract's garbage tail
 * be dropped before the next code; the probe timeout (800 ms) lies within the contract's 1 s poll deadline.
 */
final class ScannerHarness implements DeviceContract.Harness {
    static final String ROLE = "qrScanner";
    static final long SCAN_AFTER_MS = 150;

    private final ScannerEmulator emulator;
    private final Cable cable;
    private final ScheduledExecutorService citizen = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "contract-citizen");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger scans = new AtomicInteger();

    ScannerHarness(Cable.Kind kind) {
        emulator = new ScannerEmulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR);
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
        settings.put("line-timeout", "100ms");
        settings.put("probe-timeout", "800ms");
        QrSerialScannerProvider provider = new QrSerialScannerProvider(checked -> {
            Links.opener(checked);
            return opener;
        }, Links.SETTING_KEYS);
        return provider.create(new DriverContext(ROLE, DriverSettings.of(ROLE, settings), Clock.systemUTC()));
    }

    @Override
    public String operationName() {
        return "awaitCode";
    }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        CodeScanner scanner = (CodeScanner) device;
        String code = "CONTRACT-" + scans.incrementAndGet() + "-医保";
        citizen.schedule(() -> emulator.scan(code), SCAN_AFTER_MS, TimeUnit.MILLISECONDS);
        return scanner.awaitCode(deadline, cancel);
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
        citizen.shutdownNow();
        try {
            cable.close();
        } finally {
            emulator.close();
        }
    }
}
