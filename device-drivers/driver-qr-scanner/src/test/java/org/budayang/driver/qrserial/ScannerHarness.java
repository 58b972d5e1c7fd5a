package org.budayang.driver.qrserial;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.driver.Device;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;
import org.budayang.driver.scanner.CodeScanner;
import org.budayang.driver.testkit.CabledHarness;
import org.budayang.driver.testkit.DeviceContract;
import org.budayang.driver.testkit.EmulatorCable;

/**
 * The qr-serial driver, built by its provider, against the scanner emulator (Newland command set, UTF-8, CR)
 * over a real {@link EmulatorCable}, for the {@link DeviceContract}. The representative operation is awaitCode
 * while a citizen scans: the harness makes the emulator scan {@value #SCAN_AFTER_MS} ms after the call (plus the
 * emulator's slow delay), then waits for the code. A line timeout of 100 ms lets the contract's garbage tail
 * be dropped before the next code; the probe timeout (800 ms) lies within the contract's 1 s poll deadline.
 */
final class ScannerHarness extends CabledHarness {
    static final String ROLE = "qrScanner";
    static final long SCAN_AFTER_MS = 150;

    private final ScannerEmulator emulator;
    private final ScheduledExecutorService citizen = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "contract-citizen");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger scans = new AtomicInteger();

    ScannerHarness(CableKind kind) {
        this(kind, new ScannerEmulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR));
    }

    private ScannerHarness(CableKind kind, ScannerEmulator emulator) {
        super(ROLE, kind.connect(emulator), emulator);
        this.emulator = emulator;
    }

    @Override
    public Device createDevice(LinkOpener opener) {
        return new QrSerialScannerProvider(through(opener), Links.SETTING_KEYS)
                .create(context("line-timeout", "100ms", "probe-timeout", "800ms"));
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
    public void close() {
        citizen.shutdownNow();
        super.close();
    }
}
