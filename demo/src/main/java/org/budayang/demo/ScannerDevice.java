package org.budayang.demo;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.qrserial.Probe;
import org.budayang.driver.qrserial.ScanEncoding;
import org.budayang.driver.qrserial.Terminator;
import org.budayang.driver.qrserial.emulator.DemoCodes;
import org.budayang.driver.qrserial.emulator.EmulatorConsole;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;

/** The QR code scanner (医保电子凭证, payment codes): the qr-serial emulator answering Newland queries. */
final class ScannerDevice extends LoopbackDevice {
    private final ScannerEmulator emulator = new ScannerEmulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR);
    private final DemoCodes codes = new DemoCodes(System.nanoTime());

    @Override
    public String word() {
        return "scanner";
    }

    @Override
    public String role() {
        return "qrScanner";
    }

    @Override
    public String summary() {
        return "QR code scanner (qr-serial emulator, Newland commands, UTF-8, CR) " + where();
    }

    @Override
    public String help() {
        return EmulatorConsole.HELP;
    }

    @Override
    public void execute(String command, PrintWriter out) {
        new EmulatorConsole(emulator, codes, out).execute(command);
    }

    @Override
    protected String label() {
        return "QR scanner emulator";
    }

    @Override
    protected DeviceEnd.Service service() {
        return emulator::serve;
    }

    @Override
    protected Map<String, String> driverSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("driver", "qr-serial");
        settings.put("probe", "newland");
        settings.put("terminator", "cr");
        settings.put("encoding", "UTF-8");
        return settings;
    }

    @Override
    protected void closeEmulator() {
        emulator.close();
    }
}
