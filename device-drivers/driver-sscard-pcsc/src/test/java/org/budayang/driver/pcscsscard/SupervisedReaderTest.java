package org.budayang.driver.pcscsscard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.budayang.driver.Condition;
import org.budayang.driver.Device;
import org.budayang.driver.Health;
import org.budayang.driver.idcard.CardEvent;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.runtime.Supervisor;
import org.budayang.driver.sscard.SocialSecurityCardReader;
import org.junit.jupiter.api.Test;

/**
 * As the kiosk wires it: the registry finds pcsc-sscard through ServiceLoader, {@code device.socialCardReader.*}
 * properties configure it, a Supervisor runs it. pcscd stopped → OFFLINE; started again → ONLINE within 5 s in
 * the same JVM, with card events and reads.
 */
class SupervisedReaderTest {
    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Test
    void aStoppedPcscdIsOfflineAndARestartedOneIsOnlineWithin5Seconds() throws Exception {
        Pcscd pcscd = Pcscd.ensure();
        pcscd.requireOurs();
        Map<String, String> properties = Map.of("device.socialCardReader.driver", "pcsc-sscard",
                "device.socialCardReader.reader", Pcscd.READER, "device.socialCardReader.pollInterval", "100ms");
        Map<String, Device> devices = DeviceConfiguration.parse(properties, DriverRegistry.builder().build())
                .createDevices(Clock.systemUTC());
        SocialSecurityCardReader reader = (SocialSecurityCardReader) devices.get("socialCardReader");
        Events events = new Events();
        reader.onCardEvent(events);
        Supervisor supervisor = Supervisor.builder().devices(devices.values()).pollInterval(Duration.ofMillis(300))
                .pollTimeout(Duration.ofSeconds(1)).backoff(Duration.ofMillis(200), Duration.ofSeconds(2)).build();
        try (supervisor; VirtualCard card = VirtualCard.of(CardImage.lanzhou())) {
            supervisor.start();
            awaitHealth(supervisor, Health.ONLINE, "after start");
            assertEquals(CardEvent.Type.PLACED, events.next(WITHIN));
            assertEquals(Outcome.success(CardImage.lanzhou().card()), read(reader));

            pcscd.stop();
            awaitHealth(supervisor, Health.OFFLINE, "after pcscd stopped");
            assertTrue(supervisor.status("socialCardReader").detail().contains("SCARD_E_NO_SERVICE"),
                    supervisor.status("socialCardReader").detail());
            Thread.sleep(2500); // the backoff reaches its 2 s cap
            card.remove();
            pcscd.start();
            long start = System.nanoTime();
            awaitHealth(supervisor, Health.ONLINE, "after pcscd started again");
            assertTrue(System.nanoTime() - start <= WITHIN.toNanos());
            events.clear();
            card.insert();
            assertEquals(CardEvent.Type.PLACED, events.next(WITHIN), "card events after the restart");
            assertTrue(reader.status().has(Condition.CARD_PRESENT));
            assertEquals(Outcome.success(CardImage.lanzhou().card()), read(reader));
        } finally {
            pcscd.start();
            pcscd.awaitNoCard();
        }
    }

    private static Outcome<?> read(SocialSecurityCardReader reader) throws Exception {
        return reader.readCard(Deadline.in(WITHIN), CancelToken.none());
    }

    private static void awaitHealth(Supervisor supervisor, Health wanted, String when) throws InterruptedException {
        long end = System.nanoTime() + WITHIN.toNanos();
        while (supervisor.status("socialCardReader").health() != wanted) {
            if (System.nanoTime() > end) {
                throw new AssertionError("socialCardReader is not " + wanted + " " + when + " within 5 s: "
                        + supervisor.status("socialCardReader"));
            }
            Thread.sleep(20);
        }
    }
}
