package org.budayang.driver.testkit;

import static org.budayang.driver.testkit.LinkAssertions.readExactly;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SerialLink over real socat ptys: bytes both ways, timeouts, close, unplug and replug. */
class SocatPtyTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    private SocatPty pty;

    @BeforeEach
    void start() {
        pty = SocatPty.start();
    }

    @AfterEach
    void stop() {
        if (pty != null) { // null when the test was skipped for want of socat
            pty.close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {9600, 115200})
    void bytesTravelBothWaysThroughTheLinksOpenedFromSettings(int baud) throws Exception {
        DriverSettings settings = DriverSettings.of("idCardReader", pty.hostSettings(baud));
        byte[] big = new byte[4096];
        new Random(7).nextBytes(big);
        try (Link host = Links.opener(settings).open(); Link device = pty.deviceOpener(baud).open()) {
            assertEquals("serial " + pty.hostPath() + " " + baud + " 8N1", host.describe());
            host.write("ping".getBytes(StandardCharsets.US_ASCII));
            assertArrayEquals("ping".getBytes(StandardCharsets.US_ASCII), readExactly(device, 4, SECOND));
            device.write(big);
            assertArrayEquals(big, readExactly(host, big.length, Duration.ofSeconds(5)),
                    "all 256 byte values arrive unchanged (raw mode, no echo)");
        }
    }

    @Test
    void readReturnsZeroWhenNothingArrivesInTime() throws Exception {
        try (Link host = pty.hostOpener(115200).open()) {
            long start = System.nanoTime();
            int n = host.read(new byte[16], 0, 16, Duration.ofMillis(200));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(0, n);
            assertTrue(millis >= 190 && millis < 450, "read waited " + millis + " ms for a 200 ms timeout");
            assertEquals(0, host.read(new byte[16], 0, 16, Duration.ZERO), "a zero timeout does not block");
        }
    }

    @Test
    void discardInputDropsWhatWasReceivedButNotWhatIsWrittenNext() throws Exception {
        try (Link host = pty.hostOpener(115200).open(); Link device = pty.deviceOpener(115200).open()) {
            device.write(new byte[] {1, 2, 3});
            Thread.sleep(100);
            host.discardInput();
            host.write(new byte[] {9});
            device.write(new byte[] {4});
            assertArrayEquals(new byte[] {4}, readExactly(host, 1, SECOND));
            assertArrayEquals(new byte[] {9}, readExactly(device, 1, SECOND),
                    "a write right before discardInput on the other end is not thrown away");
        }
    }

    @Test
    void closeFromAnotherThreadEndsABlockedRead() throws Exception {
        Link host = pty.hostOpener(115200).open();
        CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
            try {
                host.read(new byte[8], 0, 8, Duration.ofSeconds(10));
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Thread.sleep(100);
        long start = System.nanoTime();
        host.close();
        Throwable thrown = reader.get(2, TimeUnit.SECONDS);
        assertTrue(thrown instanceof LinkLostException, "expected LinkLostException, got " + thrown);
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 500);
        assertFalse(host.isOpen());
        host.close();
    }

    @Test
    void unplugLosesTheLinkAndReplugOnTheSamePathsWorks() throws Exception {
        Link host = pty.hostOpener(115200).open();
        Link device = pty.deviceOpener(115200).open();
        pty.unplug();
        assertFalse(pty.isPlugged());
        long start = System.nanoTime();
        LinkLostException onRead = assertThrows(LinkLostException.class,
                () -> host.read(new byte[8], 0, 8, Duration.ofSeconds(5)));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 1000, "read noticed the unplug late");
        assertTrue(onRead.getMessage().contains(pty.hostPath()), onRead.getMessage());
        assertThrows(LinkLostException.class, () -> device.write(new byte[] {1}));
        LinkLostException onOpen = assertThrows(LinkLostException.class, () -> pty.hostOpener(115200).open());
        assertTrue(onOpen.getMessage().contains("no such port '" + pty.hostPath() + "'"), onOpen.getMessage());
        host.close();
        device.close();

        pty.replug();
        assertTrue(Files.exists(Path.of(pty.hostPath())));
        try (Link host2 = pty.hostOpener(115200).open(); Link device2 = pty.deviceOpener(115200).open()) {
            host2.write(new byte[] {42});
            assertArrayEquals(new byte[] {42}, readExactly(device2, 1, SECOND));
            device2.write(new byte[] {43});
            assertArrayEquals(new byte[] {43}, readExactly(host2, 1, SECOND));
        }
    }

    @Test
    void writeOnAnUnpluggedPortFailsInsteadOfHanging() throws Exception {
        Link host = pty.hostOpener(115200).open();
        pty.unplug();
        assertTimeoutPreemptivelyLost(() -> host.write("after unplug".getBytes(StandardCharsets.US_ASCII)));
        host.close();
    }

    private static void assertTimeoutPreemptivelyLost(org.junit.jupiter.api.function.Executable write) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> assertThrows(LinkLostException.class, write));
    }
}
