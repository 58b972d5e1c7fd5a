package org.budayang.driver.testkit;

import static org.budayang.driver.testkit.LinkAssertions.readExactly;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TcpLink over real loopback sockets: bytes both ways, peer close, unplug and replug. */
class LoopbackSocketsTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    private LoopbackSockets sockets;

    @BeforeEach
    void open() {
        sockets = LoopbackSockets.open();
    }

    @AfterEach
    void close() {
        sockets.close();
    }

    @Test
    void bytesTravelBothWaysThroughTheLinkOpenedFromSettings() throws Exception {
        assertTrue(sockets.port() > 0);
        DriverSettings settings = DriverSettings.of("receiptPrinter", sockets.hostSettings());
        try (Link host = Links.opener(settings).open(); Link device = sockets.accept(SECOND)) {
            assertEquals("tcp 127.0.0.1:" + sockets.port(), host.describe());
            host.write(new byte[] {0x1b, 0x40});
            assertArrayEquals(new byte[] {0x1b, 0x40}, readExactly(device, 2, SECOND));
            device.write(new byte[] {0x10, 0x04, 0x01});
            assertArrayEquals(new byte[] {0x10, 0x04, 0x01}, readExactly(host, 3, SECOND));
            long start = System.nanoTime();
            assertEquals(0, host.read(new byte[4], 0, 4, Duration.ofMillis(150)));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(millis >= 140 && millis < 400, "read waited " + millis + " ms for 150 ms");
        }
    }

    @Test
    void thePeerClosingIsALostLink() throws Exception {
        Link host = sockets.hostOpener().open();
        Link device = sockets.accept(SECOND);
        device.close();
        LinkLostException lost = assertThrows(LinkLostException.class,
                () -> host.read(new byte[4], 0, 4, Duration.ofSeconds(2)));
        assertTrue(lost.getMessage().contains("EOF"), lost.getMessage());
        host.close();
    }

    @Test
    void unplugLosesTheLinkRefusesNewOnesAndReplugAcceptsAgain() throws Exception {
        Link host = sockets.hostOpener().open();
        sockets.accept(SECOND);
        sockets.unplug();
        assertThrows(LinkLostException.class, () -> host.read(new byte[4], 0, 4, Duration.ofSeconds(2)));
        host.close();
        LinkLostException refused = assertThrows(LinkLostException.class, () -> sockets.hostOpener().open());
        assertTrue(refused.getMessage().startsWith("tcp 127.0.0.1:" + sockets.port() + ": connection refused"),
                refused.getMessage());

        sockets.replug();
        try (Link host2 = sockets.hostOpener().open(); Link device2 = sockets.accept(SECOND)) {
            host2.write(new byte[] {5});
            assertArrayEquals(new byte[] {5}, readExactly(device2, 1, SECOND));
        }
    }
}
