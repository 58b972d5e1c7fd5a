package org.budayang.driver.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.RecommendedAction;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.Supervisor;
import org.junit.jupiter.api.Test;

/** The Supervisor with the reference echo driver over a real socat pty. */
class SupervisorTest {

    private static Supervisor supervisor(EchoDevice device) {
        return Supervisor.builder().device(device).pollInterval(Duration.ofMillis(200))
                .pollTimeout(Duration.ofMillis(500)).backoff(Duration.ofMillis(200), Duration.ofSeconds(2)).build();
    }

    private static void await(Supervisor supervisor, String role, Health health, Duration within)
            throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (supervisor.status(role).health() != health) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError(role + " not " + health + " within " + within + ": " + supervisor.status(role));
            }
            Thread.sleep(20);
        }
    }

    @Test
    void rolesWithoutADeviceAreNotConfiguredAndChangesReachListeners() throws Exception {
        try (SocatPty pty = SocatPty.start(); EchoEmulator emulator = new EchoEmulator(pty.deviceOpener(9600))) {
            EchoDevice device = new EchoDevice("qrScanner", pty.hostOpener(9600), Clock.systemUTC(), true);
            Supervisor supervisor = supervisor(device);
            List<String> changes = Collections.synchronizedList(new ArrayList<>());
            List<Map<String, DeviceStatus>> snapshots = Collections.synchronizedList(new ArrayList<>());
            supervisor.onChange((role, status, snapshot) -> {
                changes.add(role + "=" + status.health());
                snapshots.add(snapshot);
            });
            Map<String, DeviceStatus> before = supervisor.snapshot();
            assertEquals(DeviceConfiguration.ROLES, List.copyOf(before.keySet()));
            DeviceStatus camera = before.get("camera");
            assertEquals(Health.NOT_CONFIGURED, camera.health());
            assertEquals(RecommendedAction.CONFIGURATION, camera.action());
            assertTrue(camera.detail().contains("device.camera.driver"), camera.detail());
            assertEquals(Health.OFFLINE, before.get("qrScanner").health(), "not opened yet");
            try {
                supervisor.start();
                await(supervisor, "qrScanner", Health.ONLINE, Duration.ofSeconds(5));
                assertEquals(LifecycleState.ENABLED, device.state(), "the supervisor opens and enables");
                emulator.silent(true);
                await(supervisor, "qrScanner", Health.OFFLINE, Duration.ofSeconds(3));
                assertEquals(LifecycleState.ENABLED, device.state(), "a silent device on a live link stays open");
                emulator.silent(false);
                await(supervisor, "qrScanner", Health.ONLINE, Duration.ofSeconds(3));
            } finally {
                supervisor.stop();
            }
            assertEquals(List.of("qrScanner=ONLINE", "qrScanner=OFFLINE", "qrScanner=ONLINE"), changes);
            Map<String, DeviceStatus> last = snapshots.get(snapshots.size() - 1);
            assertEquals(Health.ONLINE, last.get("qrScanner").health());
            assertEquals(Health.NOT_CONFIGURED, last.get("cashAcceptor").health());
            assertEquals(LifecycleState.CLOSED, device.state(), "stop closes the device");
        }
    }

    @Test
    void aDeviceMissingAtStartIsOfflineNamingTheLinkAndComesOnlineWhenPluggedIn() throws Exception {
        try (SocatPty pty = SocatPty.start(); EchoEmulator emulator = new EchoEmulator(pty.deviceOpener(115200))) {
            pty.unplug();
            EchoDevice device = new EchoDevice("qrScanner", pty.hostOpener(115200), Clock.systemUTC(), true);
            try (Supervisor supervisor = supervisor(device)) {
                supervisor.start();
                Thread.sleep(300);
                DeviceStatus offline = supervisor.status("qrScanner");
                assertEquals(Health.OFFLINE, offline.health());
                assertTrue(offline.detail().startsWith("open failed: serial " + pty.hostPath() + " 115200 8N1: no such"
                        + " port"), offline.detail());
                Thread.sleep(3000); // several failed reopens: the backoff is at its 2 s cap
                pty.replug();
                long start = System.nanoTime();
                await(supervisor, "qrScanner", Health.ONLINE, Duration.ofSeconds(5));
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis <= 2500, "back ONLINE " + millis + " ms after replug (backoff cap 2 s)");
            }
        }
    }
}
