package org.budayang.driver.escpos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.printer.ReceiptPrinter;
import org.junit.jupiter.api.Test;

/** The provider: found by ServiceLoader as "escpos"; settings validated whole with messages naming key and value. */
class ProviderTest {

    private static EscPosPrinter create(Map<String, String> settings) {
        return (EscPosPrinter) new EscPosPrinterProvider().create(new DriverContext(Rig.ROLE,
                DriverSettings.of(Rig.ROLE, settings), Clock.systemUTC()));
    }

    @Test
    void serviceLoaderFindsTheEscposDriverOnce() {
        List<DriverProvider> found = ServiceLoader.load(DriverProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("escpos")).toList();
        assertEquals(1, found.size());
        assertEquals(ReceiptPrinter.class, found.get(0).deviceType());
        assertTrue(found.get(0).settingKeys().containsAll(List.of("link", "port", "host", "tcpPort", "columns",
                "encoding", "statusTimeout", "printPoll", "jobMemory")), "" + found.get(0).settingKeys());
    }

    @Test
    void defaultsAre48ColumnsGb18030() {
        EscPosPrinter printer = create(Map.of("link", "tcp", "host", "192.0.2.10", "tcpPort", "9100"));
        assertEquals(48, printer.settings().columns());
        assertEquals(TextEncoding.GB18030, printer.settings().encoding());
        assertEquals(Duration.ofSeconds(1), printer.settings().statusTimeout());
        assertEquals(200, printer.settings().jobMemory());
        assertEquals(LifecycleState.CLOSED, printer.state(), "nothing is opened by create");
        assertEquals("escpos", printer.driverName());
    }

    @Test
    void settingsAreReadAndChecked() {
        EscPosPrinter printer = create(Map.of("link", "serial", "port", "/dev/ttyUSB0", "baud", "9600",
                "columns", "32", "encoding", "utf-8", "statusTimeout", "2s", "printPoll", "250ms", "jobMemory", "50"));
        assertEquals(new EscPosSettings(32, TextEncoding.UTF_8, Duration.ofSeconds(2), Duration.ofMillis(250), 50),
                printer.settings());

        DriverConfigurationException columns = assertThrows(DriverConfigurationException.class, () -> create(Map.of(
                "link", "tcp", "host", "h", "tcpPort", "9100", "columns", "40")));
        assertEquals("DRV-CFG-INVALID", columns.code());
        assertTrue(columns.getMessage().contains("'columns' has value '40'")
                && columns.getMessage().contains("32 (58 mm paper) or 48"), columns.getMessage());

        DriverConfigurationException encoding = assertThrows(DriverConfigurationException.class, () -> create(Map.of(
                "link", "tcp", "host", "h", "tcpPort", "9100", "encoding", "BIG5")));
        assertTrue(encoding.getMessage().contains("'BIG5'") && encoding.getMessage().contains("GB18030, GBK or UTF-8"),
                encoding.getMessage());

        DriverConfigurationException unknown = assertThrows(DriverConfigurationException.class, () -> create(Map.of(
                "link", "tcp", "host", "h", "tcpPort", "9100", "colums", "32")));
        assertEquals("DRV-CFG-UNKNOWN-KEY", unknown.code());
        assertTrue(unknown.getMessage().contains("colums"), unknown.getMessage());

        DriverConfigurationException noLink = assertThrows(DriverConfigurationException.class, () -> create(Map.of()));
        assertTrue(noLink.getMessage().contains("'link' is missing"), noLink.getMessage());
    }

    @Test
    void printingBeforeEnableIsRefusedNamingPrintAndTheState() {
        EscPosPrinter printer = create(Map.of("link", "tcp", "host", "h", "tcpPort", "9100"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> printer.print("job-1",
                org.budayang.driver.printer.Receipt.builder().text("x").build(),
                org.budayang.driver.op.Deadline.in(Duration.ofSeconds(1)), org.budayang.driver.op.CancelToken.none()));
        assertTrue(refused.getMessage().contains("print") && refused.getMessage().contains("CLOSED"),
                refused.getMessage());
        IllegalArgumentException badId = assertThrows(IllegalArgumentException.class, () -> printer.print("job 1",
                org.budayang.driver.printer.Receipt.builder().text("x").build(),
                org.budayang.driver.op.Deadline.in(Duration.ofSeconds(1)), org.budayang.driver.op.CancelToken.none()));
        assertTrue(badId.getMessage().contains("'job 1'"), badId.getMessage());
        assertInstanceOf(IllegalArgumentException.class, badId);
    }
}
