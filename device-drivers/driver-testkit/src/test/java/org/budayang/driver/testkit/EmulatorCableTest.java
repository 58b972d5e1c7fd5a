package org.budayang.driver.testkit;

import static org.budayang.driver.testkit.LinkAssertions.readExactly;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.Links;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cable over a real pty pair and real loopback sockets, with an emulator that echoes in upper case. */
class EmulatorCableTest {
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration PATIENT = Duration.ofSeconds(3);

    /** Echoes every byte in upper case until the link is lost. */
    private static final DeviceEnd.Service UPPER_ECHO = link -> {
        byte[] buffer = new byte[64];
        try {
            while (true) {
                int n = link.read(buffer, 0, buffer.length, Duration.ofMillis(50));
                if (n > 0) {
                    link.write(new String(buffer, 0, n, StandardCharsets.US_ASCII).toUpperCase()
                            .getBytes(StandardCharsets.US_ASCII));
                }
            }
        } catch (LinkLostException lost) {
            // the cable was pulled or closed: this link is done
        }
    };

    private static EmulatorCable connect(boolean pty) {
        return pty ? EmulatorCable.pty("echo emulator", UPPER_ECHO, 9600)
                : EmulatorCable.tcp("echo emulator", UPPER_ECHO);
    }

    private static void assertEchoes(EmulatorCable cable, String text) throws LinkLostException {
        try (Link host = Links.opener(DriverSettings.of("qrScanner", cable.hostSettings())).open()) {
            assertEquals(cable.hostDescription(), host.describe());
            host.write(text.getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals(text.toUpperCase().getBytes(StandardCharsets.US_ASCII),
                    readExactly(host, text.length(), PATIENT));
        }
    }

    @ParameterizedTest(name = "pty={0}")
    @ValueSource(booleans = {true, false})
    void theEmulatorAnswersTheDriverAndServesAgainAfterUnplugAndReplug(boolean pty) throws Exception {
        try (EmulatorCable cable = connect(pty)) {
            assertEquals(pty, cable.isPty());
            assertEchoes(cable, "ping");
            cable.unplug();
            Await.until("the emulator's link lost", () -> cable.deviceLinksServed() >= 1, PATIENT);
            assertThrows(LinkLostException.class,
                    () -> Links.opener(DriverSettings.of("qrScanner", cable.hostSettings())).open().write(new byte[1]));
            cable.replug();
            assertEchoes(cable, "pong");
        }
    }

    @Test
    void aReplugRightAfterUnplugReturnsOnlyOnceTheEmulatorServesANewLink() throws Exception {
        try (EmulatorCable cable = connect(true)) {
            for (int round = 1; round <= 3; round++) {
                assertEchoes(cable, "ping " + round);
                cable.unplug();
                cable.replug(); // no wait between: the old link may still be served when replug starts
                assertEquals(round, cable.deviceLinksServed(), "the link served before unplug " + round + " ended");
                assertEchoes(cable, "pong " + round);
            }
        }
    }

    @Test
    void settingsNameTheLinkOfEachKind() {
        try (EmulatorCable pty = connect(true); EmulatorCable tcp = connect(false);
             EmulatorCable file = EmulatorCable.ptyAsFile("echo emulator", UPPER_ECHO, 115_200)) {
            assertEquals(Map.of("link", "serial", "port", pty.hostPath(), "baud", "9600"), pty.hostSettings());
            assertEquals("serial " + pty.hostPath() + " 9600 8N1", pty.hostDescription());
            assertEquals("tcp", tcp.hostSettings().get("link"));
            assertEquals("tcp 127.0.0.1:" + tcp.hostSettings().get("tcpPort"), tcp.hostDescription());
            assertEquals(Map.of("link", "file", "port", file.hostPath()), file.hostSettings());
            assertEquals("file " + file.hostPath(), file.hostDescription());
            IllegalStateException noPath = assertThrows(IllegalStateException.class, tcp::hostPath);
            assertTrue(noPath.getMessage().contains("a TCP cable has no host path"), noPath.getMessage());
            assertEquals(Map.of("device.qrScanner.driver", "qr-serial", "device.qrScanner.link", "serial",
                    "device.qrScanner.port", pty.hostPath(), "device.qrScanner.baud", "9600",
                    "device.qrScanner.probe", "none"), pty.deviceProperties("qrScanner", "qr-serial", "probe", "none"));
            IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                    () -> pty.deviceProperties("qrScanner", "qr-serial", "probe"));
            assertEquals("EmulatorCable.deviceProperties needs key, value pairs, got 1 strings", odd.getMessage());
            DriverContext context = pty.driverContext("qrScanner", "probe", "none");
            assertEquals("qrScanner", context.role());
            assertEquals(Map.of("link", "serial", "port", pty.hostPath(), "baud", "9600", "probe", "none"),
                    context.settings().asMap());
            tcp.hostSettings().put("extra", "mutable copy");
            assertFalse(tcp.hostSettings().containsKey("extra"));
        }
    }

    @Test
    void aBadBaudIsRefusedNamingTheValue() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> EmulatorCable.pty("echo emulator", UPPER_ECHO, 0));
        assertEquals("EmulatorCable.baud must be positive, got 0", bad.getMessage());
    }

    @Test
    void awaitFailsNamingTheConditionAndTheTime() {
        AssertionError late = assertThrows(AssertionError.class,
                () -> Await.until("the moon is blue", () -> false, Duration.ofMillis(20)));
        assertEquals("not within 20 ms: the moon is blue", late.getMessage());
        Await.until("already true", () -> true, Duration.ZERO);
    }
}
