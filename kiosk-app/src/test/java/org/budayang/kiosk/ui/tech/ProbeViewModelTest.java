package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Health;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.testkit.EmulatorCable;
import org.budayang.driver.testkit.SocatPty;
import org.budayang.kiosk.core.config.KioskConfig;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.provisioning.probe.CupsQueues;
import org.budayang.provisioning.probe.PortHolders;
import org.budayang.provisioning.probe.Probe;
import org.budayang.provisioning.probe.SerialCandidate;
import org.budayang.provisioning.probe.SerialProbe;
import org.budayang.provisioning.probe.SmartCardReaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 设备探测 without the FX toolkit: provisioning's probe with the real drivers' handshakes, run by the page's view model
 * next to a kiosk whose ID card reader (idcard-sam, opened by its supervisor) holds one socat pty; on other ptys an
 * ESC/POS printer emulator, a second ID card reader emulator and nothing. The kiosk's port is shown as 本机已使用 and
 * never probed; 应用并重启 writes the printer's lines into a real configuration file (with its backup) and restarts.
 */
class ProbeViewModelTest {
    @TempDir
    Path dir;
    private PanelRig rig;
    private final AtomicInteger restarts = new AtomicInteger();
    private final ReaderEmulator secondReader = ReaderEmulator.withDemoCards(0);
    private EmulatorCable secondCable;
    private SocatPty empty;

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {rig, secondCable, empty, secondReader}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The kiosk's configuration file as a technician's install has it: the rig's reader, nothing else. */
    private Path configFile() throws Exception {
        StringBuilder text = new StringBuilder("# hand-written kiosk configuration\n")
                .append("site.name=兰州市城关区政务服务中心\nsite.region=620102\ncentral.url=http://127.0.0.1:8080\n")
                .append("data.dir=").append(dir.resolve("data")).append('\n')
                .append("technician.pin.hash=pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDE"
                        + "kI70ntCD1xFnpZI\nlocale=zh_CN\n");
        new TreeMap<>(rig.config.deviceSettings()).forEach((k, v) -> text.append(k).append('=').append(v)
                .append('\n'));
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        KioskConfig.load(file); // the kiosk starts with it
        return file;
    }

    private ProbeViewModel page(Path file, List<String> ports) throws Exception {
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
        return new ProbeViewModel(probe, () -> ports, rig.config.deviceSettings(),
                role -> DeviceBoard.role(role).flatMap(rig.devices::device)
                        .map(d -> d.state() == LifecycleState.ENABLED).orElse(false),
                new ProbeApply(file, registry, Clock.systemUTC()), restarts::incrementAndGet, "127.0.0.1", closedCups,
                Messages.load(Locale.SIMPLIFIED_CHINESE), rig.background, rig.fx);
    }

    @Test
    void theKiosksPortIsLeftAloneWhatIsNewIsProposedAndApplyingWritesItWithABackupAndRestarts() throws Exception {
        rig = new PanelRig(dir.resolve("data"), false);
        secondCable = EmulatorCable.pty("second ID card reader emulator", secondReader::serve, 115200);
        empty = SocatPty.start();
        Path file = configFile();
        String before = Files.readString(file);
        String kiosksPort = rig.readerCable.hostPath();
        ProbeViewModel vm = page(file, List.of(kiosksPort, rig.printerCable.hostPath(), secondCable.hostPath(),
                empty.hostPath()));

        assertEquals(List.of(kiosksPort + "：本机已使用（身份证阅读器），不探测"), vm.findings());
        vm.probe();
        assertEquals("正在探测 3 个串口以及读卡器、打印队列和摄像头……", vm.messageProperty().get());
        rig.await("the probe's findings", () -> vm.phaseProperty().get() == ProbePhase.FOUND);

        List<String> findings = vm.findings();
        assertEquals(kiosksPort + "：本机已使用（身份证阅读器），不探测", findings.get(0));
        assertTrue(findings.get(1).startsWith(rig.printerCable.hostPath() + "：找到凭条打印机（驱动 escpos，波特率 9600）— DLE"
                + " EOT"), findings.get(1));
        assertTrue(findings.get(2).startsWith(secondCable.hostPath() + "：找到身份证阅读器（驱动 idcard-sam，波特率 115200）— SAM"),
                findings.get(2));
        assertTrue(findings.get(3).startsWith(empty.hostPath() + "：无应答 — "), findings.get(3));
        assertTrue(findings.stream().noneMatch(l -> l.startsWith(kiosksPort + "：") && !l.contains("本机已使用")),
                "the kiosk's port was not probed: " + findings);
        assertTrue(findings.contains("社保卡读卡器（PC/SC）：无 PC/SC unavailable: no pcscd in this test"), findings.toString());
        assertEquals(Map.of("device.receiptPrinter.driver", "escpos", "device.receiptPrinter.link", "serial",
                "device.receiptPrinter.port", rig.printerCable.hostPath(), "device.receiptPrinter.baud", "9600"),
                vm.applicable(), "the printer is new; the kiosk's working reader is not replaced");
        assertTrue(vm.proposal().stream().anyMatch(p -> p.key().equals("device.idCardReader.port")
                && p.value().equals(secondCable.hostPath()) && !p.applied()), vm.proposal().toString());
        assertEquals("找到可添加的设备，按“应用并重启”写入 4 行配置并重启。", vm.messageProperty().get());
        assertEquals(Health.ONLINE, rig.board.status(DeviceRole.ID_CARD_READER).health());
        rig.reader.place(ReaderRig.ZHANG_SAN);
        assertTrue(rig.devices.idCardReader().orElseThrow().readCard(Deadline.in(Duration.ofSeconds(5)),
                CancelToken.none()).isSuccess(), "the kiosk's reader still reads on its own port");

        vm.apply();
        rig.await("the kiosk restarting", () -> vm.phaseProperty().get() == ProbePhase.RESTARTING);
        assertEquals(1, restarts.get());
        assertEquals("配置已写入 " + file + "（原文件备份为 .bak），正在重启……", vm.messageProperty().get());
        assertEquals(before, Files.readString(file.resolveSibling("kiosk.properties.bak")), "the old file is kept");
        KioskConfig written = KioskConfig.load(file);
        assertEquals(rig.printerCable.hostPath(), written.deviceSettings().get("device.receiptPrinter.port"));
        assertEquals(kiosksPort, written.deviceSettings().get("device.idCardReader.port"), "the kiosk's reader kept");
        assertEquals(rig.config.deviceSettings().get("device.idCardReader.pollInterval"),
                written.deviceSettings().get("device.idCardReader.pollInterval"));
        assertEquals("兰州市城关区政务服务中心", written.siteName());
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().contains("probe-check")),
                "no scratch file left");
    }

    @Test
    void aFileThatCannotBeReadSafelyIsNotWrittenAndTheKioskDoesNotRestart() throws Exception {
        rig = new PanelRig(dir.resolve("data"), false);
        Path file = configFile();
        // provision's header without its closing seal line: a write that was cut short
        String halfWritten = "# Budayang kiosk configuration, written by budayang provision at 2026-11-27T08:00:00Z\n"
                + Files.readString(file);
        Files.writeString(file, halfWritten, StandardCharsets.UTF_8);
        ProbeViewModel vm = page(file, List.of(rig.printerCable.hostPath()));
        vm.probe();
        rig.await("the probe's findings", () -> vm.phaseProperty().get() == ProbePhase.FOUND);

        vm.apply();
        rig.await("the refusal", () -> vm.phaseProperty().get() == ProbePhase.FOUND
                && vm.messageProperty().get().startsWith("配置未写入："));
        assertTrue(vm.messageProperty().get().contains("HALF_WRITTEN"), vm.messageProperty().get());
        assertEquals(0, restarts.get());
        assertEquals(halfWritten, Files.readString(file), "nothing written");
        assertFalse(Files.exists(file.resolveSibling("kiosk.properties.bak")));
        vm.open(); // 返回, then 设备探测 again: the page starts afresh
        assertEquals(ProbePhase.READY, vm.phaseProperty().get());
        assertTrue(vm.proposal().isEmpty());
    }
}
