package org.budayang.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.budayang.driver.Device;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.PrintJobState;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.printer.ReceiptPrinter;
import org.budayang.driver.camera.Camera;
import org.budayang.driver.camera.Still;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.pcscsscard.VirtualCardConsole;
import org.budayang.driver.scanner.CodeScanner;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.budayang.driver.sscard.SocialSecurityCardReader;
import org.budayang.driver.scanner.ScannedCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's devices as the kiosk meets them: the configuration written from the kiosk's real demo file is parsed by
 * the kiosk's own {@link DeviceConfiguration}, the drivers it names (found through ServiceLoader) reach the
 * emulators, and console commands change what the drivers read.
 */
class DemoDevicesTest {
    private static final Path TEMPLATE = Path.of("..", "kiosk-app", "config", "kiosk-demo.properties");

    @Test
    void theWrittenConfigurationPointsTheRealDriversAtTheEmulatorsAndTheConsoleDrivesThem(@TempDir Path dir)
            throws Exception {
        StringWriter console = new StringWriter();
        PrintWriter out = new PrintWriter(console, true);
        List<DemoDevice> devices = DemoMain.startAll(DemoMain.devices(dir, out), out);
        try {
            Path config = dir.resolve("kiosk.properties");
            KioskConfigWriter.write(TEMPLATE, config, devices, dir.resolve("kiosk-data"));
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            assertEquals(dir.resolve("kiosk-data").toAbsolutePath().toString(), properties.getProperty("data.dir"));
            assertEquals("兰州市城关区政务服务中心 · 24小时自助服务区", properties.getProperty("site.name"),
                    "the rest of the kiosk's demo file is kept");
            Map<String, String> map = new HashMap<>();
            properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
            DeviceConfiguration configuration = DeviceConfiguration.parse(map, DriverRegistry.builder().build());
            for (DemoDevice device : devices) {
                assertTrue(configuration.roles().containsKey(device.role()), device.role() + " configured");
            }
            Map<String, Device> created = configuration.createDevices(Clock.systemUTC());
            IdCardReader reader = (IdCardReader) created.get("idCardReader");
            try {
                reader.open();
                reader.enable();
                DemoConsole demo = new DemoConsole(devices, out);
                assertTrue(demo.execute("place 2"));
                IdCard card = reader.readCard(Deadline.in(Duration.ofSeconds(5)), CancelToken.none())
                        .valueIfSuccess().orElseThrow();
                assertTrue(console.toString().contains("card 2 placed: " + card.maskedName()), console.toString());
                assertTrue(demo.execute("card remove"));
                assertFalse(reader.readCard(Deadline.in(Duration.ofSeconds(5)), CancelToken.none())
                        .valueIfSuccess().isPresent(), "no card after card remove");

                CodeScanner scanner = (CodeScanner) created.get("qrScanner");
                scanner.open();
                scanner.enable();
                BlockingQueue<ScannedCode> codes = new LinkedBlockingQueue<>();
                scanner.onCode(codes::add);
                assertTrue(demo.execute("scanner scan 医保电子凭证 ABC123"));
                ScannedCode code = codes.poll(5, TimeUnit.SECONDS);
                assertEquals("医保电子凭证 ABC123", code == null ? null : code.text());

                Camera camera = (Camera) created.get("camera");
                camera.open();
                camera.enable();
                assertTrue(demo.execute("camera too-far"));
                assertTrue(console.toString().contains("the camera shows 'too-far'"), console.toString());
                Still still = camera.capture(Deadline.in(Duration.ofSeconds(5)), CancelToken.none())
                        .valueIfSuccess().orElseThrow();
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(still.jpeg()));
                assertEquals(640, image.getWidth());
                assertEquals(480, image.getHeight());

                ReceiptPrinter printer = (ReceiptPrinter) created.get("receiptPrinter");
                printer.open();
                printer.enable();
                Receipt receipt = Receipt.builder().heading("受理凭证").pair("办件编号", "620102-2026-000123")
                        .qr("http://127.0.0.1/verify/ABC").cut().build();
                PrintJob job = printer.print("demo-1", receipt, Deadline.in(Duration.ofSeconds(10)),
                        CancelToken.none()).valueIfSuccess().orElseThrow();
                assertEquals(PrintJobState.PRINTED, job.state());
                Path png = dir.resolve("receipts").resolve("receipt-0001.png");
                long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!(console.toString().contains("printer: receipt 1 printed") && Files.isRegularFile(png))
                        && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
                assertTrue(console.toString().contains("printer: receipt 1 printed"), console.toString());
                assertTrue(Files.isRegularFile(png), "the receipt's picture " + png);
                assertTrue(demo.execute("printer paper out"));
                Outcome<PrintJob> refused = printer.print("demo-2", receipt, Deadline.in(Duration.ofSeconds(10)),
                        CancelToken.none());
                assertEquals("PAPER_OUT", assertInstanceOf(Outcome.DeviceError.class, refused).code(),
                        "paper out: not printed, and said why");
                assertEquals(PrintJobState.FAILED, printer.job("demo-2").orElseThrow().state());

                org.budayang.driver.cash.CashAcceptor cash =
                        (org.budayang.driver.cash.CashAcceptor) created.get("cashAcceptor");
                BlockingQueue<org.budayang.driver.cash.Credit> credits = new LinkedBlockingQueue<>();
                cash.useJournal(credits::add);
                cash.open();
                cash.enable();
                assertTrue(cash.acceptNotes(java.util.EnumSet.allOf(org.budayang.driver.cash.Denomination.class),
                        note -> org.budayang.driver.cash.EscrowDecision.ACCEPT, Deadline.in(Duration.ofSeconds(5)),
                        CancelToken.none()).isSuccess());
                assertTrue(demo.execute("cash insert 20"));
                org.budayang.driver.cash.Credit credit = credits.poll(10, TimeUnit.SECONDS);
                assertEquals(org.budayang.driver.cash.Denomination.YUAN_20, credit == null ? null : credit.note(),
                        "cash insert 20 is credited by the real driver: " + console);
            } finally {
                created.values().forEach(Device::close);
            }
        } finally {
            devices.forEach(DemoDevice::close);
        }
    }

    @Test
    void theSocialSecurityCardIsReadThroughPcscdAndTheConsoleTakesItOut(@TempDir Path dir) throws Exception {
        VirtualCardConsole.ensurePcscd();
        StringWriter console = new StringWriter();
        PrintWriter out = new PrintWriter(console, true);
        SocialCardDevice device = new SocialCardDevice();
        device.start();
        try {
            Map<String, String> map = new HashMap<>();
            device.kioskSettings().forEach((key, value) -> map.put("device.socialCardReader." + key, value));
            Map<String, Device> created = DeviceConfiguration.parse(map, DriverRegistry.builder().build())
                    .createDevices(Clock.systemUTC());
            SocialSecurityCardReader reader = (SocialSecurityCardReader) created.get("socialCardReader");
            try {
                reader.open();
                reader.enable();
                // the virtual card reaches pcscd's vpcd reader a moment after the device started
                Outcome<SocialSecurityCard> read = reader.readCard(Deadline.in(Duration.ofSeconds(10)),
                        CancelToken.none());
                long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!read.isSuccess() && System.nanoTime() < end) {
                    Thread.sleep(100);
                    read = reader.readCard(Deadline.in(Duration.ofSeconds(10)), CancelToken.none());
                }
                SocialSecurityCard card = read.valueIfSuccess()
                        .orElseThrow(() -> new AssertionError("no card read"));
                assertEquals(18, card.socialSecurityNumber().length(), card.toString());
                new DemoConsole(List.of(device), out).execute("sscard remove");
                assertTrue(console.toString().contains("card removed"), console.toString());
                assertFalse(reader.readCard(Deadline.in(Duration.ofSeconds(10)), CancelToken.none())
                        .valueIfSuccess().isPresent(), "no card after sscard remove");
            } finally {
                created.values().forEach(Device::close);
            }
        } finally {
            device.close();
        }
    }

    @Test
    void anA4PrinterWithoutACupsQueueIsLeftOutNamingThePackages() throws Exception {
        int closedPort;
        try (java.net.ServerSocket nobody = new java.net.ServerSocket(0)) {
            closedPort = nobody.getLocalPort();
        }
        StringWriter console = new StringWriter();
        List<DemoDevice> started = DemoMain.startAll(List.of(new DocumentPrinterDevice("ipp://127.0.0.1:" + closedPort
                + "/printers/PDF")), new PrintWriter(console, true));
        assertEquals(List.of(), started);
        assertTrue(console.toString().contains("the documentPrinter (a4) did not start")
                && console.toString().contains("printer-driver-cups-pdf"), console.toString());
    }

    @Test
    void unknownCommandsAreNamedAndQuitEnds() {
        StringWriter console = new StringWriter();
        DemoConsole demo = new DemoConsole(List.of(LoopbackDevices.idCardReader()), new PrintWriter(console, true));
        assertTrue(demo.execute("fly away"));
        assertTrue(console.toString().contains("unknown command 'fly'"), console.toString());
        assertTrue(console.toString().contains("card"), "names the device words: " + console);
        assertTrue(demo.execute("help"));
        assertTrue(console.toString().contains("place N"), console.toString());
        assertFalse(demo.execute("quit"));
    }

    @Test
    void rolesTheDemoEmulatesAreReplacedAndOthersKept() {
        List<String> template = List.of("# comment", "site.name=x", "device.idCardReader.driver=idcard-sam",
                "device.idCardReader.tcpPort=1", "device.camera.driver=camera-images", "data.dir=../../var/kiosk");
        List<String> lines = KioskConfigWriter.render(template, List.of(new FixedDevice()), Path.of("/tmp/k"));
        assertTrue(lines.contains("device.camera.driver=camera-images"), lines.toString());
        assertTrue(lines.contains("data.dir=/tmp/k"), lines.toString());
        assertFalse(lines.contains("device.idCardReader.tcpPort=1"), lines.toString());
        assertTrue(lines.contains("device.idCardReader.tcpPort=4242"), lines.toString());
        assertTrue(lines.contains("# comment"), lines.toString());
    }

    /** A device whose settings are fixed: only the writer's line handling is under test here. */
    private static final class FixedDevice implements DemoDevice {
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
            return "fixed";
        }

        @Override
        public String help() {
            return "";
        }

        @Override
        public void start() {
        }

        @Override
        public Map<String, String> kioskSettings() {
            return Map.of("driver", "idcard-sam", "tcpPort", "4242");
        }

        @Override
        public void execute(String command, PrintWriter out) {
            out.println(command);
        }

        @Override
        public void close() {
        }
    }
}
