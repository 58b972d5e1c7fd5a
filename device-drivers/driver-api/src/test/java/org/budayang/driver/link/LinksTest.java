package org.budayang.driver.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverSettings;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static LinkOpener opener(Map<String, String> values) {
        return Links.opener(DriverSettings.of("receiptPrinter", values));
    }

    private static DriverConfigurationException refused(Map<String, String> values) {
        return assertThrows(DriverConfigurationException.class, () -> opener(values));
    }

    @Test
    void theSettingKeysAreExactlyTheDocumentedOnes() {
        assertEquals(Set.of("link", "port", "baud", "host", "tcpPort", "connectTimeout"), Links.SETTING_KEYS);
    }

    @Test
    void aMissingLinkNamesTheKey() {
        DriverConfigurationException e = refused(Map.of("port", "/dev/ttyUSB0"));
        assertEquals("DRV-CFG-MISSING", e.code());
        assertEquals("link", e.key());
        assertEquals("[DRV-CFG-MISSING] receiptPrinter: setting 'link' is missing; accepted: any non-empty text",
                e.getMessage());
    }

    @Test
    void anUnknownLinkKindSaysWhatIsAccepted() {
        DriverConfigurationException e = refused(Map.of("link", "usb"));
        assertEquals("[DRV-CFG-INVALID] receiptPrinter: setting 'link' has value 'usb', which is not accepted;"
                + " accepted: serial (needs port, optional baud) or tcp (needs host and tcpPort, optional"
                + " connectTimeout) or file (needs port: a device file such as /dev/usb/lp0)", e.getMessage());
    }

    @Test
    void aFileLinkNeedsAnAbsolutePathAndRefusesSerialAndTcpKeys() {
        assertEquals("port", refused(Map.of("link", "file")).key());
        DriverConfigurationException relative = refused(Map.of("link", "file", "port", "usb/lp0"));
        assertTrue(relative.getMessage().contains("'usb/lp0'") && relative.getMessage().contains("/dev/usb/lp0"),
                relative.getMessage());
        DriverConfigurationException baud = refused(Map.of("link", "file", "port", "/dev/usb/lp0", "baud", "9600"));
        assertEquals("DRV-CFG-UNKNOWN-KEY", baud.code());
        assertTrue(baud.getMessage().contains("with link=file the link keys link, port"), baud.getMessage());
        LinkLostException missing = assertThrows(LinkLostException.class,
                () -> opener(Map.of("link", "file", "port", "/dev/usb/no-such-lp9")).open());
        assertTrue(missing.getMessage().contains("no such device file '/dev/usb/no-such-lp9'"), missing.getMessage());
    }

    @Test
    void serialNeedsAnAbsolutePortAndABaudInRange() {
        assertEquals("port", refused(Map.of("link", "serial")).key());
        DriverConfigurationException relative = refused(Map.of("link", "serial", "port", "ttyUSB0"));
        assertTrue(relative.getMessage().contains("'ttyUSB0'") && relative.getMessage().contains("/dev/ttyUSB0"),
                relative.getMessage());
        DriverConfigurationException slow = refused(Map.of("link", "serial", "port", "/dev/ttyS0", "baud", "300"));
        assertEquals("[DRV-CFG-INVALID] receiptPrinter: setting 'baud' has value '300', which is not accepted;"
                + " accepted: an integer from 1200 to 921600", slow.getMessage());
        assertEquals("baud", refused(Map.of("link", "serial", "port", "/dev/ttyS0", "baud", "fast")).key());
    }

    @Test
    void aKeyOfTheOtherLinkKindIsRefusedNotIgnored() {
        DriverConfigurationException e = refused(Map.of("link", "serial", "port", "/dev/ttyS0", "tcpPort", "9100"));
        assertEquals("DRV-CFG-UNKNOWN-KEY", e.code());
        assertEquals("tcpPort", e.key());
        assertTrue(e.getMessage().contains("with link=serial the link keys link, port, baud"), e.getMessage());
        assertEquals("baud", refused(Map.of("link", "tcp", "host", "h", "tcpPort", "1", "baud", "9600")).key());
    }

    @Test
    void tcpNeedsAHostAndAPortInRange() {
        assertEquals("host", refused(Map.of("link", "tcp", "tcpPort", "9100")).key());
        DriverConfigurationException port = refused(Map.of("link", "tcp", "host", "10.0.0.5", "tcpPort", "70000"));
        assertTrue(port.getMessage().contains("'70000'") && port.getMessage().contains("1 to 65535"),
                port.getMessage());
        DriverConfigurationException timeout = refused(Map.of("link", "tcp", "host", "10.0.0.5", "tcpPort", "9100",
                "connectTimeout", "5 minutes"));
        assertEquals("connectTimeout", timeout.key());
    }

    @Test
    void aSerialPortThatDoesNotExistIsALostLinkNamingThePathAndTheFix() {
        LinkOpener opener = opener(Map.of("link", "serial", "port", "/dev/does-not-exist-42", "baud", "9600"));
        LinkLostException e = assertThrows(LinkLostException.class, opener::open);
        assertEquals("serial /dev/does-not-exist-42 9600 8N1", e.link());
        assertTrue(e.getMessage().contains("no such port '/dev/does-not-exist-42'")
                && e.getMessage().contains("'port' setting"), e.getMessage());
    }

    @Test
    void aRefusedConnectionIsALostLinkNamingHostAndPort() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        LinkOpener opener = opener(Map.of("link", "tcp", "host", "127.0.0.1", "tcpPort",
                Integer.toString(closedPort), "connectTimeout", "1s"));
        LinkLostException e = assertThrows(LinkLostException.class, opener::open);
        assertTrue(e.getMessage().startsWith("tcp 127.0.0.1:" + closedPort + ": connection refused"), e.getMessage());
        assertTrue(e.getMessage().contains("'tcpPort' setting"), e.getMessage());
    }

    @Test
    void eachCallOpensAFreshLink() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            LinkOpener opener = opener(Map.of("link", "tcp", "host", "127.0.0.1",
                    "tcpPort", Integer.toString(server.getLocalPort())));
            try (Link first = opener.open(); Link second = opener.open()) {
                assertTrue(first != second && first.isOpen() && second.isOpen());
                first.close();
                assertTrue(second.isOpen(), "closing one link leaves the other open");
            }
        }
    }
}
