package org.budayang.demo;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budayang.driver.idcardsam.emulator.EmulatorConsole;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.DeviceEnd;

/** The resident ID card reader: the idcard-sam emulator with its demo cards, on a loopback TCP port. */
final class IdCardReaderDevice extends LoopbackDevice {
    private final ReaderEmulator emulator = ReaderEmulator.withDemoCards(20);

    @Override
    public String word() {
        return "card";
    }

    @Override
    public String role() {
        return "idCardReader";
    }

    @Override
    public String summary() {
        return "ID card reader (idcard-sam emulator, " + emulator.cards().size() + " cards) " + where();
    }

    @Override
    public String help() {
        return EmulatorConsole.HELP;
    }

    @Override
    public void execute(String command, PrintWriter out) {
        new EmulatorConsole(emulator, out).execute(command);
    }

    @Override
    protected String label() {
        return "ID card emulator";
    }

    @Override
    protected DeviceEnd.Service service() {
        return emulator::serve;
    }

    @Override
    protected Map<String, String> driverSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("driver", "idcard-sam");
        // look for a card every 300 ms (the driver's default is 1 s): a placed card shows on screen within ~1 s
        settings.put("pollInterval", "300ms");
        return settings;
    }

    @Override
    protected void closeEmulator() {
        emulator.close();
    }
}
