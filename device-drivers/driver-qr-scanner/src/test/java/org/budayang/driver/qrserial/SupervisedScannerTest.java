package org.budayang.driver.qrserial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.driver.Device;
import org.budayang.driver.Health;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.runtime.Supervisor;
import org.budayang.driver.scanner.CodeScanner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.budayang.driver.testkit.Await;
import org.budayang.driver.testkit.EmulatorCable;

/**
 * As the kiosk wires it: the registry finds qr-serial through ServiceLoader, the {@code device.qrScanner.*}
 * properties configure it over a socat pty (or TCP), and a Supervisor runs it. Unplugged it is OFFLINE; plugged
 * in again it is ONLINE within 5 s, and the listener the kiosk registered once hears codes again.
 */
class SupervisedScannerTest {
    private static final String ROLE = "qrScanner";
    private static final Duration WITHIN = Duration.ofSeconds(5);

    @ParameterizedTest
    @EnumSource(CableKind.class)
    void aListenerRegisteredOnceHearsCodesAgainAfterReplug(CableKind kind) throws Exception {
        ScannerEmulator emulator = new ScannerEmulator(Probe.HONEYWELL, ScanEncoding.GB18030, Terminator.CRLF);
        try (EmulatorCable cable = kind.connect(emulator)) {
            cable.awaitDeviceReady(WITHIN);
            Map<String, String> properties = cable.deviceProperties(ROLE, "qr-serial", "probe", "honeywell",
                    "encoding", "GB18030", "terminator", "crlf", "probe-timeout", "500ms");
            DeviceConfiguration configuration = DeviceConfiguration.parse(properties, DriverRegistry.builder().build());
            Map<String, Device> devices = configuration.createDevices(Clock.systemUTC());
            CodeScanner scanner = (CodeScanner) devices.get(ROLE);
            List<String> heard = new CopyOnWriteArrayList<>();
            scanner.onCode(code -> heard.add(code.text()));
            List<Health> published = new CopyOnWriteArrayList<>();
            Supervisor supervisor = Supervisor.builder().devices(devices.values()).pollInterval(Duration.ofMillis(200))
                    .pollTimeout(Duration.ofSeconds(1)).backoff(Duration.ofMillis(100), Duration.ofMillis(400)).build();
            supervisor.onChange((role, status, all) -> {
                if (role.equals(ROLE)) {
                    published.add(status.health());
                }
            });
            try (supervisor) {
                supervisor.start();
                awaitHealth(supervisor, Health.ONLINE);
                assertEquals(Health.NOT_CONFIGURED, supervisor.status("receiptPrinter").health());
                emulator.scan("挂号-BEFORE");
                Await.until("the first code heard", () -> heard.size() == 1, WITHIN);

                cable.unplug();
                awaitHealth(supervisor, Health.OFFLINE);
                Thread.sleep(600); // the backoff reaches its 400 ms cap
                cable.replug();
                cable.awaitDeviceReady(WITHIN);
                long start = System.nanoTime();
                awaitHealth(supervisor, Health.ONLINE);
                long backMs = (System.nanoTime() - start) / 1_000_000;
                assertTrue(backMs < WITHIN.toMillis(), "back ONLINE after " + backMs + " ms");
                Await.until("enabled again", () -> scanner.state() == LifecycleState.ENABLED, WITHIN);
                emulator.scan("缴费-AFTER");
                Await.until("the second code heard", () -> heard.size() == 2, WITHIN);
                assertEquals(List.of("挂号-BEFORE", "缴费-AFTER"), heard);
                int offline = published.indexOf(Health.OFFLINE);
                assertTrue(published.indexOf(Health.ONLINE) < offline
                        && published.subList(offline, published.size()).contains(Health.ONLINE), published.toString());
            } finally {
                emulator.close();
            }
        }
    }

    private static void awaitHealth(Supervisor supervisor, Health wanted) {
        Await.until(ROLE + " " + wanted + " (now " + supervisor.status(ROLE) + ")",
                () -> supervisor.status(ROLE).health() == wanted, WITHIN);
    }
}
