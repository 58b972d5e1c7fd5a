package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.security.SecureRandom;
import java.time.ZoneId;
import org.budayang.kiosk.core.enrol.KioskEnrolment;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.provisioning.probe.CupsQueues;
import org.budayang.provisioning.probe.PortHolders;
import org.budayang.provisioning.probe.Probe;
import org.budayang.provisioning.probe.SerialCandidate;
import org.budayang.provisioning.probe.SerialProbe;
import org.budayang.provisioning.probe.SmartCardReaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 设备探测 in the real shell (TestFX, Monocle): 技术员面板 → 设备探测, the kiosk's reader port shown as 本机已使用, the probe
 * finding the ESC/POS printer emulator on another socat pty, the proposed lines, 应用并重启 writing the configuration
 * file and restarting. Screenshots in the standard landscape and 长者模式 portrait looks.
 */
class ProbePageFxTest extends PanelFxTest {
    @TempDir
    Path dir;
    private PanelRig rig;
    private final AtomicInteger restarts = new AtomicInteger();

    @AfterEach
    void unplug() {
        if (rig != null) {
            rig.close();
        }
    }

    private Path configFile() throws Exception {
        StringBuilder text = new StringBuilder("site.name=兰州市城关区政务服务中心\nsite.region=620102\n")
                .append("central.url=http://127.0.0.1:8080\ndata.dir=").append(dir.resolve("data")).append('\n')
                .append("technician.pin.hash=pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDE"
                        + "kI70ntCD1xFnpZI\n");
        new TreeMap<>(rig.config.deviceSettings()).forEach((k, v) -> text.append(k).append('=').append(v)
                .append('\n'));
        return Files.writeString(dir.resolve("kiosk.properties"), text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"STANDARD, LANDSCAPE", "ELDER, PORTRAIT"})
    void theTechnicianProbesTheFreePortsAndAppliesWhatWasFound(Theme theme, Orientation orientation)
            throws Exception {
        rig = new PanelRig(dir.resolve("data"), false);
        Path file = configFile();
        int closedCups;
        try (ServerSocket free = new ServerSocket(0)) {
            closedCups = free.getLocalPort();
        }
        DriverRegistry registry = DriverRegistry.builder().build();
        Probe probe = new Probe(new SerialProbe(registry, SerialCandidate.standard(), new PortHolders(Path.of("/proc")),
                Duration.ofSeconds(8), Clock.systemUTC()),
                () -> new SmartCardReaders.Listing(List.of(), "PC/SC unavailable: no pcscd in this test"),
                new CupsQueues(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(),
                        Duration.ofSeconds(1)), Files.createDirectories(dir.resolve("dev")));
        launch(theme, orientation);
        robot.interact(() -> vm().technician().useProbe(new ProbeViewModel(probe,
                () -> List.of(rig.readerCable.hostPath(), rig.printerCable.hostPath()), rig.config.deviceSettings(),
                role -> DeviceBoard.role(role).flatMap(rig.devices::device)
                        .map(d -> d.state() == LifecycleState.ENABLED).orElse(false),
                new ProbeApply(file, registry, Clock.systemUTC()), restarts::incrementAndGet, "127.0.0.1", closedCups,
                Messages.load(Locale.SIMPLIFIED_CHINESE), rig.background, Platform::runLater)));
        robot.interact(() -> {
            // the panel as KioskMain wires it: its three pages
            vm().technician().useSelftest(new SelftestViewModel(rig.devices::device, "城关区政务服务中心",
                    new SelftestFiles(dir), SelftestSender.notEnrolled(), "0.1.0-test",
                    Messages.load(Locale.SIMPLIFIED_CHINESE), Clock.systemUTC(), Duration.ofSeconds(20), rig.background,
                    Platform::runLater));
            vm().technician().useEnrolment(new EnrolViewModel(new KioskEnrolment(dir.resolve("fleet"),
                    Clock.systemUTC(), new SecureRandom()), "城关区政务服务中心", URI.create("http://127.0.0.1:8080"),
                    Messages.load(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai"), rig.background,
                    Platform::runLater, restarts::incrementAndGet, new SheetFiles(dir.resolve("media"))));
        });
        openPanel();
        assertEquals("设备探测", node("#tech-probe", Button.class).getText());
        assertTrue(shown("#tech-selftest") && shown("#tech-probe") && shown("#tech-enrol"));
        shot("technician-panel-pages");
        robot.clickOn("#tech-probe");
        assertTrue(shown("#probe-page"));
        assertFalse(shown("#probe-apply"), "nothing to apply before a probe");
        shot("technician-probe-ready");

        robot.clickOn("#probe-start");
        await("the probe's findings", 20, () -> shown("#probe-apply"));
        assertTrue(node("#probe-message", Label.class).getText().startsWith("找到可添加的设备"));
        assertEquals("device.receiptPrinter.port = " + rig.printerCable.hostPath(),
                node("#probe-proposed-device-receiptPrinter-port", Label.class).getText());
        shot("technician-probe-found");

        robot.clickOn("#probe-apply");
        await("the restart", 10, () -> restarts.get() == 1);
        assertTrue(node("#probe-message", Label.class).getText().startsWith("配置已写入 " + file), "restarting");
        assertTrue(node("#probe-back", Button.class).isDisabled(), "no way back while the kiosk restarts");
        assertEquals(rig.printerCable.hostPath(), KioskConfig.load(file).deviceSettings()
                .get("device.receiptPrinter.port"));
        shot("technician-probe-restarting");
    }
}
