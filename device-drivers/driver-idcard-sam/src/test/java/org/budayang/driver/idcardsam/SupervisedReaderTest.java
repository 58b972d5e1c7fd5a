package org.budayang.driver.idcardsam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.budayang.driver.Device;
import org.budayang.driver.Health;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.idcardsam.emulator.DemoCards;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.runtime.Supervisor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.budayang.driver.testkit.Await;
import org.budayang.driver.testkit.EmulatorCable;

/**
 * As the kiosk wires it: the registry finds idcard-sam through ServiceLoader, the {@code device.idCardReader.*}
 * properties configure it over a socat pty (or TCP), and a Supervisor runs it. Unplugged, the reader is OFFLINE;
 * plugged in again, it is ONLINE again within 5 s and reads cards, with card events still delivered.
 */
class SupervisedReaderTest {
    private static final Duration WITHIN = Duration.ofSeconds(5);

    @ParameterizedTest
    @EnumSource(value = CableKind.class, names = {"PTY_115200", "TCP"})
    void unpluggedIsOfflineAndRepluggedIsOnlineWithin5SecondsAndReads(CableKind kind) throws Exception {
        ReaderEmulator emulator = new ReaderEmulator(ReaderEmulator.withDemoCards(0).cards(), kind.baud());
        try (EmulatorCable cable = kind.connect(emulator)) {
            cable.awaitDeviceReady(WITHIN);
            Map<String, String> properties = cable.deviceProperties("idCardReader", "idcard-sam",
                    "pollInterval", "200ms", "commandTimeout", "500ms");
            properties.put("kiosk.theme", "not ours: left alone");
            DeviceConfiguration configuration = DeviceConfiguration.parse(properties, DriverRegistry.builder().build());
            Map<String, Device> devices = configuration.createDevices(Clock.systemUTC());
            IdCardReader reader = (IdCardReader) devices.get("idCardReader");
            List<CardEvent> events = new CopyOnWriteArrayList<>();
            reader.onCardEvent(events::add);
            Supervisor supervisor = Supervisor.builder().devices(devices.values()).pollInterval(Duration.ofMillis(300))
                    .pollTimeout(Duration.ofSeconds(1)).backoff(Duration.ofMillis(200), Duration.ofSeconds(2)).build();
            try (supervisor) {
                supervisor.start();
                awaitHealth(supervisor, Health.ONLINE, "after start");
                assertEquals(Health.NOT_CONFIGURED, supervisor.status("receiptPrinter").health());
                emulator.place(3);
                Await.until("PLACED", () -> !events.isEmpty(), WITHIN);
                assertEquals(Rig.withoutFingerprint(DemoCards.all().get(2)), read(reader).valueIfSuccess().orElseThrow());

                cable.unplug();
                awaitHealth(supervisor, Health.OFFLINE, "after unplug");
                Thread.sleep(2500); // the backoff reaches its 2 s cap
                emulator.remove();
                cable.replug();
                long start = System.nanoTime();
                awaitHealth(supervisor, Health.ONLINE, "after replug");
                long backMs = (System.nanoTime() - start) / 1_000_000;
                assertTrue(backMs <= WITHIN.toMillis(), "ONLINE again after " + backMs + " ms");
                int before = events.size();
                emulator.place(4);
                Await.until("PLACED after replug", () -> events.size() > before
                        && events.get(events.size() - 1).type() == CardEvent.Type.PLACED, WITHIN);
                assertEquals(Rig.withoutFingerprint(DemoCards.all().get(3)), read(reader).valueIfSuccess().orElseThrow());
            }
        } finally {
            emulator.close();
        }
    }

    private static Outcome<IdCard> read(IdCardReader reader) throws Exception {
        return reader.readCard(Deadline.in(WITHIN), CancelToken.none());
    }

    private static void awaitHealth(Supervisor supervisor, Health wanted, String when) {
        Await.until("idCardReader " + wanted + " " + when,
                () -> supervisor.status("idCardReader").health() == wanted, WITHIN);
    }
}
