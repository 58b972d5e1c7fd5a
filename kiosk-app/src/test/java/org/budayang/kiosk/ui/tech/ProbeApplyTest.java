package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.kiosk.core.config.ConfigEditor;
import org.budayang.kiosk.core.config.ConfigException;
import org.budayang.kiosk.core.config.ConfigStore;
import org.budayang.kiosk.core.config.KioskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 应用并重启's write on a real file with the installed drivers: a proposed role's lines replace all of that role's
 * (a printer moved from TCP to a serial port loses its host and tcpPort, which the driver would refuse next to
 * link=serial), other roles and keys stay, the old file is the backup; a line the driver refuses writes nothing.
 */
class ProbeApplyTest {
    @TempDir
    Path dir;

    private Path file() throws Exception {
        return Files.writeString(dir.resolve("kiosk.properties"), "site.name=兰州市城关区政务服务中心\nsite.region=620102\n"
                + "central.url=http://127.0.0.1:8080\ndata.dir=" + dir.resolve("data") + "\n"
                + "technician.pin.hash=pbkdf2-sha256$120000$o+jS57XhecUVVKPPGBlCcg$AR0IzCojVexmYhmo+lacK0ON7FDEkI70ntCD1"
                + "xFnpZI\ndevice.idCardReader.driver=idcard-sam\ndevice.idCardReader.link=tcp\n"
                + "device.idCardReader.host=127.0.0.1\ndevice.idCardReader.tcpPort=47110\n"
                + "device.receiptPrinter.driver=escpos\ndevice.receiptPrinter.link=tcp\n"
                + "device.receiptPrinter.host=127.0.0.1\ndevice.receiptPrinter.tcpPort=47120\n",
                StandardCharsets.UTF_8);
    }

    private ProbeApply apply(Path file) {
        return new ProbeApply(file, DriverRegistry.builder().build(), Clock.systemUTC());
    }

    @Test
    void aProposedRoleReplacesAllOfItsLinesAndTheRestStays() throws Exception {
        Path file = file();
        String before = Files.readString(file);

        KioskConfig written = apply(file).apply(Map.of("device.receiptPrinter.driver", "escpos",
                "device.receiptPrinter.link", "serial", "device.receiptPrinter.port", "/dev/ttyUSB0",
                "device.receiptPrinter.baud", "19200"));

        assertEquals(Map.of("device.idCardReader.driver", "idcard-sam", "device.idCardReader.link", "tcp",
                "device.idCardReader.host", "127.0.0.1", "device.idCardReader.tcpPort", "47110",
                "device.receiptPrinter.driver", "escpos", "device.receiptPrinter.link", "serial",
                "device.receiptPrinter.port", "/dev/ttyUSB0", "device.receiptPrinter.baud", "19200"),
                written.deviceSettings());
        assertEquals(written.deviceSettings(), KioskConfig.load(file).deviceSettings(), "what the kiosk reads next");
        assertEquals("兰州市城关区政务服务中心", written.siteName());
        assertEquals(before, Files.readString(dir.resolve("kiosk.properties.bak")));
        String text = Files.readString(file);
        assertTrue(text.startsWith(ConfigStore.HEADER + ConfigEditor.WRITER) && text.contains("\n# end sha256="),
                "written by kiosk-core's writer, sealed: " + text);
    }

    @Test
    void aLineTheDriverRefusesWritesNothingAndNamesTheKey() throws Exception {
        Path file = file();
        String before = Files.readString(file);

        ConfigException refused = assertThrows(ConfigException.class, () -> apply(file).apply(Map.of(
                "device.receiptPrinter.driver", "escpos", "device.receiptPrinter.link", "serial",
                "device.receiptPrinter.port", "/dev/ttyUSB0", "device.receiptPrinter.baud", "fast")));

        assertTrue(refused.getMessage().contains("device.receiptPrinter.baud") && refused.getMessage().contains("fast"),
                refused.getMessage());
        assertEquals(before, Files.readString(file));
        assertFalse(Files.exists(dir.resolve("kiosk.properties.bak")));
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().contains("probe-check")));
    }
}
