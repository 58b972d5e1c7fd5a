package org.budayang.demo;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The device side of {@code ./budayang demo}: starts the emulated devices on free loopback ports, writes the kiosk
 * configuration that points the real drivers at them, then reads console commands from stdin until {@code quit}.
 *
 * <pre>
 *   DemoMain --template kiosk-app/config/kiosk-demo.properties --config-out var/demo/kiosk-demo.properties
 *            --data-dir var/kiosk [--work-dir var/demo]
 * </pre>
 * The launcher starts the kiosk once the configuration file exists.
 */
public final class DemoMain {
    private static final String USAGE = "usage: DemoMain --template FILE --config-out FILE --data-dir DIR"
            + " [--work-dir DIR] [--enrolment-sheet FILE]";
    /** How long the demo waits for central to write its enrolment code sheet. */
    static final Duration SHEET_WAIT = Duration.ofSeconds(30);

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        Path template = null;
        Path configOut = null;
        Path dataDir = null;
        Path workDir = Path.of("var", "demo");
        Path enrolmentSheet = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                usage(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--template" -> template = Path.of(value);
                case "--config-out" -> configOut = Path.of(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--work-dir" -> workDir = Path.of(value);
                case "--enrolment-sheet" -> enrolmentSheet = Path.of(value);
                default -> usage("unknown option '" + args[i] + "'");
            }
        }
        if (template == null || configOut == null || dataDir == null) {
            usage("--template, --config-out and --data-dir are required");
        }
        if (!Files.isRegularFile(template)) {
            usage("the kiosk configuration template " + template.toAbsolutePath() + " does not exist");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        if (enrolmentSheet != null) {
            DemoEnrolment.enrol(enrolmentSheet, dataDir, SHEET_WAIT, out);
        }
        List<DemoDevice> started = startAll(devices(workDir, out), out);
        try {
            KioskConfigWriter.write(template, configOut, started, dataDir);
            out.println("demo devices (type help for their commands):");
            started.forEach(device -> out.println("  " + device.word() + ": " + device.summary()));
            new DemoConsole(started, out).run(new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8)));
        } finally {
            started.forEach(DemoDevice::close);
        }
    }

    /** The demo's devices, in the order they are listed; {@code announce} hears what they do by themselves. */
    static List<DemoDevice> devices(Path workDir, PrintWriter announce) {
        List<DemoDevice> devices = new ArrayList<>();
        devices.add(LoopbackDevices.idCardReader());
        devices.add(new SocialCardDevice());
        devices.add(LoopbackDevices.scanner());
        devices.add(new CameraDevice(workDir.resolve("camera")));
        devices.add(LoopbackDevices.receiptPrinter(workDir.resolve("receipts"), announce));
        devices.add(LoopbackDevices.cashAcceptor());
        devices.add(new DocumentPrinterDevice());
        return devices;
    }

    /** Starts each device; one that cannot start is left out with the reason, so the kiosk shows it 未配置. */
    static List<DemoDevice> startAll(List<DemoDevice> devices, PrintWriter out) {
        List<DemoDevice> started = new ArrayList<>();
        for (DemoDevice device : devices) {
            try {
                device.start();
                started.add(device);
            } catch (Exception cannot) {
                device.close();
                out.println("demo: the " + device.role() + " (" + device.word() + ") did not start and is left out: "
                        + cannot.getMessage());
            }
        }
        return started;
    }

    private static void usage(String problem) {
        System.err.println("demo: " + problem);
        System.err.println(USAGE);
        System.exit(2);
    }
}
