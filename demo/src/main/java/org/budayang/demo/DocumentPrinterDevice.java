package org.budayang.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.budayang.driver.Device;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;

/**
 * The A4 document printer: not an emulator but this machine's own CUPS with the cups-pdf queue that Debian's
 * printer-driver-cups-pdf creates ({@code PDF}: every page printed lands as a PDF in the user's {@code ~/PDF}). The
 * demo checks the queue answers with the real {@code cups} driver before pointing the kiosk at it; without it the
 * printer is left out (the kiosk shows the items that print A4 as 暂不可办).
 */
final class DocumentPrinterDevice implements DemoDevice {
    static final String QUEUE_URI = "ipp://localhost:631/printers/PDF";

    private final String queueUri;
    private String state = "not started";

    DocumentPrinterDevice() {
        this(QUEUE_URI);
    }

    /** @param queueUri the CUPS queue, e.g. {@code ipp://localhost:631/printers/PDF} */
    DocumentPrinterDevice(String queueUri) {
        this.queueUri = queueUri;
    }

    @Override
    public String word() {
        return "a4";
    }

    @Override
    public String role() {
        return "documentPrinter";
    }

    @Override
    public String summary() {
        return "A4 document printer (cups driver → this machine's CUPS queue " + queueUri + ", " + state + ")";
    }

    @Override
    public String help() {
        return "commands:\n  status           the queue's state as the cups driver sees it\n"
                + "  (printed documents land as PDF files in ~/PDF of the user cups-pdf writes for)";
    }

    @Override
    public void start() throws IOException {
        Device printer = create();
        try {
            printer.open();
            state = printer.status().health() + " " + printer.status().detail();
        } catch (LinkLostException | RuntimeException unreachable) {
            throw new IOException("no CUPS queue " + queueUri + " (" + unreachable.getMessage() + "); for the A4"
                    + " printer install cups and printer-driver-cups-pdf (sudo apt-get install -y cups"
                    + " printer-driver-cups-pdf), which create the PDF queue while cupsd runs", unreachable);
        } finally {
            printer.close();
        }
    }

    @Override
    public Map<String, String> kioskSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("driver", "cups");
        settings.put("uri", queueUri);
        return settings;
    }

    @Override
    public void execute(String command, PrintWriter out) {
        if (!command.strip().equals("status")) {
            out.println("unknown a4 command '" + command.strip() + "'; " + help());
            return;
        }
        Device printer = create();
        try {
            printer.open();
            out.println("a4: " + printer.status());
        } catch (LinkLostException | RuntimeException unreachable) {
            out.println("a4: the queue does not answer: " + unreachable.getMessage());
        } finally {
            printer.close();
        }
    }

    private Device create() {
        Map<String, String> properties = new HashMap<>();
        kioskSettings().forEach((key, value) -> properties.put("device." + role() + "." + key, value));
        return DeviceConfiguration.parse(properties, DriverRegistry.builder().build())
                .createDevices(Clock.systemUTC()).get(role());
    }

    @Override
    public void close() {
        // nothing of ours runs: the queue belongs to the machine's CUPS
    }
}
