package org.budayang.kiosk.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.Outcome;
import org.budayang.kiosk.identity.ManualExecutor;
import org.budayang.kiosk.security.LogCapture;
import org.junit.jupiter.api.Test;

/** Every way a driver call can end reaches {@code done} exactly once, on the fx executor. */
class DeviceCallTest {
    private final ManualExecutor fx = new ManualExecutor();

    private Outcome<String> runOnThread(DeviceCall.Operation<String> op) {
        ExecutorService device = Executors.newSingleThreadExecutor();
        try {
            List<Outcome<String>> results = new ArrayList<>();
            new DeviceCall("test device", device, fx).run("read", op, results::add);
            fx.awaitAndRun(Duration.ofSeconds(5));
            assertEquals(1, results.size());
            return results.get(0);
        } finally {
            device.shutdownNow();
        }
    }

    private static String code(Outcome<String> outcome) {
        return assertInstanceOf(Outcome.DeviceError.class, outcome).code();
    }

    @Test
    void aRuntimeExceptionOfTheDriverBecomesDriverFailedLoggedOnceWithoutItsMessage() {
        try (LogCapture logs = new LogCapture("org.budayang")) {
            Outcome<String> outcome = runOnThread(() -> {
                throw new NullPointerException("name 张三 id 620102195803150034");
            });
            assertEquals(DeviceCall.DRIVER_FAILED, code(outcome));
            List<String> lines = logs.everything();
            assertEquals(1, lines.stream().filter(l -> l.contains("NullPointerException")).count(), lines.toString());
            assertFalse(lines.stream().anyMatch(l -> l.contains("张三") || l.contains("620102195803150034")),
                    lines.toString());
        }
    }

    @Test
    void aLostLinkANotOpenDeviceANullOutcomeAndASuccessAreHandedOver() {
        assertEquals(DeviceCall.LINK_LOST, code(runOnThread(() -> {
            throw new LinkLostException("tcp 127.0.0.1:9100", "closed");
        })));
        assertEquals(DeviceCall.DEVICE_NOT_READY, code(runOnThread(() -> {
            throw new IllegalStateException("escpos: not open");
        })));
        assertEquals(DeviceCall.DRIVER_FAILED, code(runOnThread(() -> null)));
        assertEquals("ok", assertInstanceOf(Outcome.Success.class, runOnThread(() -> Outcome.success("ok"))).value());
    }

    @Test
    void aShutDownDeviceThreadStillAnswers() {
        ExecutorService device = Executors.newSingleThreadExecutor();
        device.shutdownNow();
        List<Outcome<String>> results = new ArrayList<>();
        new DeviceCall("test device", device, fx).run("read", () -> Outcome.success("never"), results::add);
        fx.runPending();
        assertEquals(1, results.size());
        assertTrue(code(results.get(0)).equals(DeviceCall.KIOSK_STOPPING));
    }
}
