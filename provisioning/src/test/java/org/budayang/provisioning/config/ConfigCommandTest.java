package org.budayang.provisioning.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.budayang.kiosk.core.config.ConfigFile;
import org.budayang.kiosk.core.config.ConfigStore;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.ProvisionCli;
import org.budayang.provisioning.TestContexts;
import org.budayang.provisioning.pin.StreamPinSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code config show | set | validate} on real files. */
class ConfigCommandTest {
    private static final String PIN_HASH =
            "pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1xFnpZI";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        return new ProvisionCli(TestContexts.context(messages, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), d -> List.of(),
                new StreamPinSource(new ByteArrayInputStream(new byte[0])), dir, dir.resolve("kiosk.properties"),
                t -> { }, Duration.ofSeconds(1))).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private int setComplete() {
        return run("config", "set", "site.name=兰州市城关区政务服务中心", "site.region=620102",
                "central.url=https://central.example.gov.cn:8443", "data.dir=/var/lib/budayang",
                "technician.pin.hash=" + PIN_HASH, "device.receiptPrinter.driver=escpos",
                "device.receiptPrinter.link=tcp", "device.receiptPrinter.host=10.0.0.5",
                "device.receiptPrinter.tcpPort=9100");
    }

    @Test
    void aNewFileIsBuiltKeyByKeyWithWhatIsStillMissingShownAsWarnings() {
        assertEquals(ProvisionCli.EXIT_OK, run("config", "set", "site.region=620102"), out());
        assertTrue(out().contains("[注意 WARN] 尚未完成 / still to do: [CONFIG_MISSING] site.name: missing; expected a"
                + " site name of 1..80 characters"), out());
        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "validate"));

        assertEquals(ProvisionCli.EXIT_OK, setComplete(), out());
        assertEquals(ProvisionCli.EXIT_OK, run("config", "validate"), out());
        assertTrue(out().contains("[通过 OK  ] 配置有效 / configuration valid"), out());

        assertEquals(ProvisionCli.EXIT_OK, run("config", "show"));
        assertTrue(out().contains("site.name=兰州市城关区政务服务中心\n"), out());
        assertTrue(out().contains("technician.pin.hash=pbkdf2-sha256$120000$o+j…(hidden)\n"), out());
        assertTrue(out().contains("(SEALED)"), out());
    }

    @Test
    void aBadValueIsRefusedNamingKeyValueAndWhatIsAcceptedAndNothingIsWritten() throws Exception {
        setComplete();
        Path file = dir.resolve("kiosk.properties");
        byte[] before = Files.readAllBytes(file);

        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "set", "idle.timeout.seconds=5"));
        assertTrue(out().contains("[失败 FAIL] [CONFIG_INVALID] idle.timeout.seconds: '5' is not accepted; expected"
                + " whole seconds from 15 to 600 (default 60)"), out());
        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "set", "device.receiptPrinter.columns=40"));
        assertTrue(out().contains("[CONFIG_DEVICE_INVALID] device.receiptPrinter.columns: '40' is not accepted;"
                + " expected 32 (58 mm paper) or 48 (80 mm paper)"), out());
        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "set", "device.receiptPrinter.driver=escpoz"));
        assertTrue(out().contains("[CONFIG_DEVICE_INVALID] device.receiptPrinter.driver: 'escpoz' is not accepted;"
                + " expected a driver name: "), out());
        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "set", "idle.timout.seconds=60"));
        assertTrue(out().contains("[CONFIG_UNKNOWN_KEY] idle.timout.seconds: '60' is not accepted; expected no such"
                + " key; the keys are "), out());
        assertTrue(out().contains("未写入 / nothing written"), out());
        assertEquals(ProvisionCli.EXIT_USAGE, run("config", "set", "site.name"));

        assertTrue(Arrays.equals(before, Files.readAllBytes(file)));
    }

    @Test
    void eachWriteKeepsTheFormerFileAsBackupAndLeavesNoTemporaryFile() throws Exception {
        setComplete();
        Path file = dir.resolve("kiosk.properties");
        String first = Files.readString(file);

        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "set", "--unset", "device.receiptPrinter.host"));
        assertTrue(out().contains("[CONFIG_DEVICE_MISSING] device.receiptPrinter.host: missing; expected any non-empty"
                + " text"), out());
        assertEquals(ProvisionCli.EXIT_OK, run("config", "set", "site.phone=0931-8888888"), out());
        String second = Files.readString(file);
        assertEquals(first, Files.readString(ConfigStore.backupOf(file)));

        assertEquals(ProvisionCli.EXIT_OK, run("config", "set", "idle.timeout.seconds=90", "--unset", "site.phone"),
                out());

        assertEquals(second, Files.readString(ConfigStore.backupOf(file)));
        assertTrue(Files.readString(file).contains("idle.timeout.seconds=90\n"));
        assertFalse(Files.readString(file).contains("site.phone"));
        assertFalse(Files.exists(dir.resolve("kiosk.properties.tmp")));
    }

    @Test
    void aHalfWrittenFileIsDetectedRefusedAndNeverCopiedOverTheBackup() throws Exception {
        setComplete();
        run("config", "set", "idle.timeout.seconds=90");
        Path file = dir.resolve("kiosk.properties");
        String backup = Files.readString(ConfigStore.backupOf(file));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(dir.resolve("kiosk.properties.tmp"), "site.na");

        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "validate"));
        assertTrue(out().contains("配置文件不完整（写入中断） / configuration file is half-written: " + file), out());
        assertTrue(out().contains("the write was cut after " + whole.length / 2 + " bytes; " + dir.resolve(
                "kiosk.properties.tmp") + " is left from an interrupted write"), out());
        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "show"));
        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "set", "site.phone=0931-12345"));

        assertEquals(backup, Files.readString(ConfigStore.backupOf(file)));
        assertEquals(whole.length / 2, Files.size(file));
    }

    @Test
    void aFileEditedByHandIsReadWithAWarningAndAHandWrittenOneAsItIs() throws Exception {
        setComplete();
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, Files.readString(file).replace("site.region=620102", "site.region=620103"));

        assertEquals(ProvisionCli.EXIT_OK, run("config", "validate"), out());
        assertTrue(out().contains("[注意 WARN] 配置文件在写入后被手工修改"), out());

        Path kioskDemo = Path.of("..", "kiosk-app", "config", "kiosk-demo.properties");
        assertEquals(ProvisionCli.EXIT_OK, run("config", "validate", "--config", kioskDemo.toString()), out());
        assertEquals(ConfigFile.Integrity.HAND_WRITTEN, new ConfigStore(Clock.systemUTC()).read(kioskDemo).integrity());
    }

    @Test
    void notUtf8AndAbsentFilesAreReportedNotGuessed() throws Exception {
        Path latin = dir.resolve("latin1.properties");
        Files.write(latin, "site.name=caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "validate", "-c", latin.toString()));
        assertTrue(out().contains("configuration file is unreadable") && out().contains("not valid UTF-8"), out());
        assertEquals(ProvisionCli.EXIT_CONFIG, run("config", "show"));
        assertTrue(out().contains("configuration file does not exist"), out());
    }
}
