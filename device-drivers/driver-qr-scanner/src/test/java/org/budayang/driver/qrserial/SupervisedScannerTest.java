package org.budayang.driver.qrserial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.driver.Health;
import org.budayang.driver.runtime.Supervisor;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Unplug and replug under a supervisor, as in a kiosk: the listener the kiosk registered once keeps getting
 * codes after the supervisor reopened the scanner, and the published health goes ONLINE → OFFLINE → ONLINE.
 */
class SupervisedScannerTest {

    @ParameterizedTest
    @EnumSource(Cable.Kind.class)
    void aListenerRegisteredOnceHearsCodesAgainAfterReplug(Cable.Kind kind) throws Exception {
        try (Rig rig = new Rig(kind, new ScannerEmulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR),
                "probe-timeout", "500ms")) {
            List<Health> published = new CopyOnWriteArrayList<>();
            Supervisor supervisor = Supervisor.builder().device(rig.scanner).roles(List.of(ScannerHarness.ROLE))
                    .pollInterval(Duration.ofMillis(200)).pollTimeout(Duration.ofSeconds(1))
                    .backoff(Duration.ofMillis(100), Duration.ofMillis(400)).build();
            supervisor.onChange((role, status, all) -> published.add(status.health()));
            try {
                supervisor.start();
                awaitHealth(supervisor, Health.ONLINE);
                rig.emulator.scan("BEFORE");
                rig.awaitHeard(1);
                rig.cable.unplug();
                awaitHealth(supervisor, Health.OFFLINE);
                Thread.sleep(600);
                rig.cable.replug();
                rig.cable.awaitDeviceReady(Duration.ofSeconds(3));
                awaitHealth(supervisor, Health.ONLINE);
                Cable.await("enabled again", () -> rig.scanner.state() == org.budayang.driver.LifecycleState.ENABLED,
                        Duration.ofSeconds(3));
                rig.emulator.scan("AFTER-REPLUG");
                rig.awaitHeard(2);
                assertEquals(List.of("BEFORE", "AFTER-REPLUG"), rig.heardTexts());
                int online = published.indexOf(Health.ONLINE);
                int offline = published.indexOf(Health.OFFLINE);
                assertTrue(online >= 0 && offline > online && published.subList(offline, published.size())
                        .contains(Health.ONLINE), "published: " + published);
            } finally {
                supervisor.stop();
            }
        }
    }

    private static void awaitHealth(Supervisor supervisor, Health wanted) {
        Cable.await(ScannerHarness.ROLE + " " + wanted + " (now " + supervisor.status(ScannerHarness.ROLE) + ")",
                () -> supervisor.status(ScannerHarness.ROLE).health() == wanted, Duration.ofSeconds(5));
    }
}
