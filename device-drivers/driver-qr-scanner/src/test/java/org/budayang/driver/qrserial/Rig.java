package org.budayang.driver.qrserial;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;
import org.budayang.driver.scanner.ScannedCode;
import org.budayang.driver.testkit.Await;
import org.budayang.driver.testkit.EmulatorCable;

/** A scanner emulator on one end of a real cable and the driver, built by its provider, on the other. */
final class Rig implements AutoCloseable {
    final ScannerEmulator emulator;
    final EmulatorCable cable;
    final QrSerialScanner scanner;
    final List<ScannedCode> heard = new CopyOnWriteArrayList<>();

    /**
     * @param settings the driver's own settings as key/value pairs (the link keys come from the cable)
     */
    Rig(CableKind kind, ScannerEmulator emulator, String... settings) {
        this.emulator = emulator;
        this.cable = kind.connect(emulator);
        cable.awaitDeviceReady(Duration.ofSeconds(3));
        scanner = (QrSerialScanner) new QrSerialScannerProvider().create(cable.driverContext(ScannerHarness.ROLE,
                settings));
        scanner.onCode(heard::add);
    }

    Rig openAndEnable() throws Exception {
        scanner.open();
        scanner.enable();
        return this;
    }

    List<String> heardTexts() {
        return heard.stream().map(ScannedCode::text).toList();
    }

    void awaitHeard(int count) {
        Await.until(count + " code(s) heard, have " + heard.size(), () -> heard.size() >= count,
                Duration.ofSeconds(5));
    }

    @Override
    public void close() {
        try {
            scanner.close();
            cable.close();
        } finally {
            emulator.close();
        }
    }
}
