package org.budayang.driver.cups;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.budayang.driver.Condition;
import org.budayang.driver.Device;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.runtime.DeviceConfiguration;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.driver.runtime.Supervisor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * As the kiosk wires it: {@code device.documentPrinter.*} properties, the ServiceLoader registry and a Supervisor.
 * What the health poll publishes follows the queue: paper out, queue stopped, cupsd stopped and started again.
 */
class SupervisedPrinterTest {
    private static final Duration WITHIN = Duration.ofSeconds(5);
    private CupsServer server;

    @AfterEach
    void reset() {
        if (server != null) {
            server.reset();
        }
    }

    @Test
    void theSupervisorPublishesPaperOutStoppedQueueAndLostCupsdAndRecovers() throws Exception {
        server = CupsServer.shared();
        server.reset();
        Map<String, String> properties = Map.of("device.documentPrinter.driver", "cups",
                "device.documentPrinter.uri", server.queueUri(CupsServer.TEST_QUEUE).toString(),
                "device.documentPrinter.pollInterval", "50ms");
        Map<String, Device> devices = DeviceConfiguration.parse(properties, DriverRegistry.builder().build())
                .createDevices(Clock.systemUTC());
        DocumentPrinter printer = (DocumentPrinter) devices.get("documentPrinter");
        Supervisor supervisor = Supervisor.builder().devices(devices.values()).pollInterval(Duration.ofMillis(200))
                .pollTimeout(Duration.ofSeconds(1)).backoff(Duration.ofMillis(200), Duration.ofSeconds(2)).build();
        try (supervisor) {
            supervisor.start();
            await(supervisor, "ONLINE after start", status -> status.health() == Health.ONLINE);
            server.reasons(CupsServer.TEST_QUEUE, "media-empty-error");
            await(supervisor, "USER_ERROR with PAPER_OUT", status -> status.health() == Health.USER_ERROR
                    && status.has(Condition.PAPER_OUT));
            server.reasons(CupsServer.TEST_QUEUE, "none");
            await(supervisor, "ONLINE with paper back", status -> status.health() == Health.ONLINE);
            server.queueEnabled(CupsServer.TEST_QUEUE, false);
            await(supervisor, "OFFLINE with the queue stopped", status -> status.health() == Health.OFFLINE
                    && status.detail().contains("cupsenable"));
            server.queueEnabled(CupsServer.TEST_QUEUE, true);
            await(supervisor, "ONLINE with the queue started", status -> status.health() == Health.ONLINE);
            server.stop();
            await(supervisor, "OFFLINE with cupsd stopped", status -> status.health() == Health.OFFLINE);
            server.start();
            await(supervisor, "ONLINE with cupsd back", status -> status.health() == Health.ONLINE);
            assertTrue(printer.print("supervised-1", new PrintDocument("证明", TestPdfs.note("supervised"), 1, false),
                    Printers.seconds(20), CancelToken.none()).isSuccess(), "prints after cupsd came back");
        }
    }

    private static void await(Supervisor supervisor, String what, Predicate<DeviceStatus> wanted)
            throws InterruptedException {
        long end = System.nanoTime() + WITHIN.toNanos();
        while (!wanted.test(supervisor.status("documentPrinter"))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("documentPrinter not " + what + " within " + WITHIN.toMillis() + " ms: "
                        + supervisor.status("documentPrinter"));
            }
            Thread.sleep(20);
        }
    }
}
