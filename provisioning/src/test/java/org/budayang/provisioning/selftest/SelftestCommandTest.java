package org.budayang.provisioning.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.budayang.driver.testkit.SocatPty;
import org.budayang.kiosk.core.config.ConfigStore;
import org.budayang.provisioning.EmulatorProcess;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.ProvisionCli;
import org.budayang.provisioning.TestContexts;
import org.budayang.provisioning.pin.StreamPinSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code selftest} end to end: a configuration file naming a receipt printer and a banknote acceptor on socat ptys
 * and an ID card reader on TCP, each an emulator in its own process, checked through the real drivers.
 */
class SelftestCommandTest {
    private static SocatPty printerCable;
    private static SocatPty cashCable;
    private static EmulatorProcess printer;
    private static EmulatorProcess reader;
    private static EmulatorProcess cash;
    private static SocatPty scannerCable;
    private static EmulatorProcess scanner;
    private static int readerPort;

    @TempDir
    static Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void emulators() throws Exception {
        printerCable = SocatPty.start();
        cashCable = SocatPty.start();
        try (ServerSocket free = new ServerSocket(0)) {
            readerPort = free.getLocalPort();
        }
        printer = EmulatorProcess.start(EmulatorProcess.ESCPOS, "--serial", printerCable.devicePath(), "--baud", "9600",
                "--out", dir.toString());
        reader = EmulatorProcess.start(EmulatorProcess.IDCARD, "--tcp", Integer.toString(readerPort));
        cash = EmulatorProcess.start(EmulatorProcess.CASH, "--serial", cashCable.devicePath(), "--baud", "9600");
        scannerCable = SocatPty.start();
        scanner = EmulatorProcess.start(EmulatorProcess.QR, "--serial", scannerCable.devicePath());
        scanner.awaitOutput("ready");
        printer.awaitOutput("type 'help'");
        reader.awaitOutput("ready");
        cash.awaitOutput("ready");
    }

    @AfterAll
    static void unplug() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {printer, reader, cash, scanner, printerCable, cashCable,
                scannerCable}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    private Path config(Map<String, String> devices) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("site.name", "兰州市城关区政务服务中心");
        values.put("site.region", "620102");
        values.put("central.url", "https://central.example.gov.cn:8443");
        values.put("data.dir", dir.resolve("data").toString());
        values.put("technician.pin.hash",
                "pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI");
        values.putAll(devices);
        Path file = Files.createTempFile(dir, "kiosk-", ".properties");
        new ConfigStore(Clock.systemUTC()).write(file, values);
        return file;
    }

    private static Map<String, String> printerLines(String port) {
        return Map.of("device.receiptPrinter.driver", "escpos", "device.receiptPrinter.link", "serial",
                "device.receiptPrinter.port", port, "device.receiptPrinter.baud", "9600");
    }

    private Map<String, String> allDevices() {
        Map<String, String> lines = new LinkedHashMap<>(printerLines(printerCable.hostPath()));
        lines.putAll(Map.of("device.idCardReader.driver", "idcard-sam", "device.idCardReader.link", "tcp",
                "device.idCardReader.host", "127.0.0.1", "device.idCardReader.tcpPort", Integer.toString(readerPort)));
        lines.putAll(Map.of("device.cashAcceptor.driver", "cash-ssp", "device.cashAcceptor.link", "serial",
                "device.cashAcceptor.port", cashCable.hostPath(), "device.cashAcceptor.baud", "9600"));
        return lines;
    }

    private ProvisionCli cli(Path config, Consumer<String> prompt, Duration hand) {
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        return new ProvisionCli(TestContexts.context(messages, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), d -> List.of(),
                new StreamPinSource(new java.io.ByteArrayInputStream(new byte[0])), dir, config, prompt, hand));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyConfiguredDevicePassesItsRealCheckAndTheJsonReportSaysSo() throws Exception {
        Map<String, String> devices = new LinkedHashMap<>(allDevices());
        devices.putAll(Map.of("device.qrScanner.driver", "qr-serial", "device.qrScanner.link", "serial",
                "device.qrScanner.port", scannerCable.hostPath()));
        Path config = config(devices);
        Path json = dir.resolve("report.json");
        reader.command("place 1");
        reader.awaitOutput("card 1 placed");

        int exit = cli(config, text -> {
            if (text.contains("纸币")) {
                cash.command("insert 10");
            } else if (text.contains("二维码")) {
                scanner.command("scan 不打烊-selftest");
            }
        }, Duration.ofSeconds(15)).run("selftest", "--json", json.toString());

        assertEquals(ProvisionCli.EXIT_OK, exit, out() + err.toString(StandardCharsets.UTF_8));
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("budayang.selftest/1", report.get("schema").asText());
        assertTrue(report.get("passed").asBoolean());
        assertEquals(4, report.get("roles").size());
        Map<String, JsonNode> byRole = new LinkedHashMap<>();
        report.get("roles").forEach(role -> byRole.put(role.get("role").asText(), role));
        assertEquals(List.of("idCardReader", "receiptPrinter", "cashAcceptor", "qrScanner"),
                List.copyOf(byRole.keySet()));
        assertEquals("a code of 12 characters", byRole.get("qrScanner").get("detail").asText());
        assertTrue(byRole.get("idCardReader").get("detail").asText().matches("card \\d{6}\\*{8}[0-9X]{3}[0-9X] read"),
                byRole.get("idCardReader").toString());
        assertTrue(byRole.get("idCardReader").get("identity").asText().startsWith("SAM "));
        assertTrue(byRole.get("receiptPrinter").get("detail").asText().endsWith("printed"));
        assertTrue(byRole.get("cashAcceptor").get("detail").asText().matches("10 元 in escrow, given back \\([A-Z_]+\\)"),
                byRole.get("cashAcceptor").toString());
        assertTrue(byRole.get("cashAcceptor").get("identity").asText().contains("firmware"));
        assertTrue(out().contains("[通过 OK  ] receiptPrinter (escpos): print a test receipt"), out());
        assertTrue(out().contains("共 4 项, 0 项失败 / 4 checked, 0 failed"), out());
        assertFalse(out().contains("FAIL"), out());
    }

    @Test
    void failuresAreNamedWithWhatToDoAndExitOne() throws Exception {
        Path missingPort = dir.resolve("ttyUSB9");
        Map<String, String> lines = new LinkedHashMap<>(allDevices());
        lines.put("device.idCardReader.host", "127.0.0.1");
        lines.putAll(Map.of("device.receiptPrinter.port", printerCable.hostPath()));
        lines.putAll(Map.of("device.qrScanner.driver", "qr-serial", "device.qrScanner.link", "serial",
                "device.qrScanner.port", missingPort.toString()));
        Path config = config(lines);
        printer.command("paper out");
        try {
            Path pdf = dir.resolve("report.pdf");
            int exit = cli(config, text -> { }, Duration.ofSeconds(1))
                    .run("selftest", "receiptPrinter", "cashAcceptor", "qrScanner", "--pdf", pdf.toString());

            assertEquals(ProvisionCli.EXIT_FAILED, exit, out());
            assertTrue(out().contains("[失败 FAIL] receiptPrinter (escpos): open and identify — PAPER_OUT: "), out());
            assertTrue(out().contains("处理 To do: 缺纸：装入打印纸并合上纸仓盖。 / Out of paper"), out());
            assertTrue(out().contains("[失败 FAIL] cashAcceptor (cash-ssp): take a note into escrow and give it back —"
                    + " NO_NOTE: no note within 1 s"), out());
            assertTrue(out().contains("[失败 FAIL] qrScanner (qr-serial): open and identify — OFFLINE: "), out());
            assertTrue(out().contains("no such port '" + missingPort + "'"), out());
            assertTrue(out().contains("共 3 项, 3 项失败 / 3 checked, 3 failed"), out());
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                assertTrue(text.contains("不打烊 信息亭设备自检报告 / Budayang kiosk self-test report"), text);
                assertTrue(text.contains("结论 Result: 3 项失败 failed"), text);
                assertTrue(text.contains("[失败 FAIL] receiptPrinter (escpos): open and identify — PAPER_OUT"), text);
                assertTrue(text.contains("处理: 缺纸：装入打印纸并合上纸仓盖。"), text);
            }
        } finally {
            printer.command("paper ok");
        }
    }

    @Test
    void anUnknownRoleIsABadArgumentAndAHalfWrittenConfigurationIsRefused() throws Exception {
        Path config = config(printerLines(printerCable.hostPath()));

        assertEquals(ProvisionCli.EXIT_USAGE, cli(config, t -> { }, Duration.ofSeconds(1)).run("selftest", "printer"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[SELFTEST-ROLE-NOT-CONFIGURED] role 'printer'"));

        byte[] whole = Files.readAllBytes(config);
        Files.write(config, java.util.Arrays.copyOf(whole, whole.length - 90));
        out.reset();
        assertEquals(ProvisionCli.EXIT_CONFIG, cli(config, t -> { }, Duration.ofSeconds(1)).run("selftest"));
        assertTrue(out().contains("配置文件不完整（写入中断） / configuration file is half-written"), out());
    }

    @Test
    void aCameraCapturesAFrameAndAnUnreachableCupsIsAFailureWithItsReason() throws Exception {
        Path frames = java.nio.file.Files.createDirectories(dir.resolve("frames"));
        for (int i = 0; i < 2; i++) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(640, 480,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(10 + i, 10, 0xFFFFFF);
            javax.imageio.ImageIO.write(image, "png", frames.resolve("frame-" + i + ".png").toFile());
        }
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        Path config = config(Map.of("device.camera.driver", "camera-images", "device.camera.folder", frames.toString(),
                "device.documentPrinter.driver", "cups", "device.documentPrinter.host", "127.0.0.1",
                "device.documentPrinter.port", Integer.toString(closed), "device.documentPrinter.queue", "A4"));

        int exit = cli(config, t -> { }, Duration.ofSeconds(1)).run("selftest");

        assertEquals(ProvisionCli.EXIT_FAILED, exit, out());
        assertTrue(out().contains("[通过 OK  ] camera (camera-images): capture a frame — 640x480 JPEG, "), out());
        assertTrue(out().contains("[失败 FAIL] documentPrinter (cups): open and identify — OFFLINE: http://127.0.0.1:"
                + closed + "/printers/A4: connection refused"), out());
        assertTrue(out().contains("处理 To do: 设备无应答"), out());
    }
}
