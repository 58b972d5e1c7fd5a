package org.budayang.kiosk.ui.tech;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.devices.KioskDevices;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.provisioning.probe.CupsQueues;
import org.budayang.provisioning.probe.PortHolders;
import org.budayang.provisioning.probe.Probe;
import org.budayang.provisioning.probe.SerialCandidate;
import org.budayang.provisioning.probe.SerialPorts;
import org.budayang.provisioning.probe.SerialProbe;
import org.budayang.provisioning.probe.SmartCardReaders;

/**
 * Wires the technician panel's 设备自检 and 设备探测 pages for the kiosk (KioskMain calls it once): provisioning's
 * self-test on the kiosk's own devices, provisioning's probe on {@code /dev}'s serial ports with the usual time box,
 * PC/SC, CUPS (the configured document printer's server, else {@code localhost:631}) and {@code /dev/video*}.
 */
public final class TechnicianPages {
    /** How long the probe gives each serial port (as the CLI's default). */
    public static final Duration PROBE_TIME_BOX = Duration.ofSeconds(8);

    private TechnicianPages() {
    }

    /**
     * @param configFile the configuration file the kiosk started with (应用并重启 writes it)
     * @param uploads    where self-test reports go for central
     * @param background starts each run on its own thread (never the FX thread)
     * @param fx         {@code Platform::runLater}
     * @param restart    ends the application with the restart exit code
     */
    public static void wire(TechnicianViewModel panel, KioskDevices devices, KioskConfig config, Path configFile,
            SelftestSender uploads, String appVersion, Messages messages, Clock clock, Executor background,
            Executor fx, Runnable restart) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(devices, "devices");
        panel.useSelftest(new SelftestViewModel(devices::device, config.siteName(),
                new SelftestFiles(config.dataDir()), uploads, appVersion, messages, clock,
                SelftestViewModel.HAND_TIME, background, fx));
        DriverRegistry registry = DriverRegistry.builder().build();
        Probe probe = new Probe(new SerialProbe(registry, SerialCandidate.standard(),
                new PortHolders(Path.of("/proc")), PROBE_TIME_BOX, clock), SmartCardReaders::list,
                new CupsQueues(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                        Duration.ofSeconds(3)), Path.of("/dev"));
        Map<String, String> lines = config.deviceSettings();
        String cupsHost = lines.getOrDefault("device.documentPrinter.host", "localhost");
        int cupsPort = port(lines.get("device.documentPrinter.port"));
        panel.useProbe(new ProbeViewModel(probe, SerialPorts::listed, lines,
                role -> DeviceBoard.role(role).flatMap(devices::device)
                        .map(device -> device.state() == LifecycleState.ENABLED).orElse(false),
                new ProbeApply(configFile, registry, clock), restart, cupsHost, cupsPort, messages, background, fx));
    }

    private static int port(String configured) {
        if (configured != null && configured.matches("[0-9]{1,5}")) {
            return Integer.parseInt(configured);
        }
        return 631;
    }
}
