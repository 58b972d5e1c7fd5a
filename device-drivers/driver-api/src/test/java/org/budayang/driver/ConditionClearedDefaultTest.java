package org.budayang.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.junit.jupiter.api.Test;

/**
 * {@link Device#conditionCleared}'s default: a device that senses its condition needs nothing but a new
 * status query, so the default is exactly {@link Device#refreshStatus} with the caller's deadline and
 * token, its outcome (whatever kind) and its lost link.
 */
class ConditionClearedDefaultTest {
    private static final Instant AT = Instant.parse("2026-11-27T09:00:00Z");
    private static final DeviceStatus PAPER_OUT = new DeviceStatus(Health.USER_ERROR, Set.of(Condition.PAPER_OUT),
            RecommendedAction.CLEAR, AT, "DLE EOT 4: 0x72");

    @Test
    void queriesTheDeviceAgainWithTheCallersDeadlineAndToken() throws Exception {
        SensingDevice device = new SensingDevice(PAPER_OUT);
        device.sensed = DeviceStatus.online(AT.plusSeconds(30));
        Deadline deadline = Deadline.in(Duration.ofSeconds(2));
        CancelToken cancel = new CancelToken();
        List<DeviceStatus> published = new ArrayList<>();
        device.onStatusChange(published::add);

        Outcome<DeviceStatus> outcome = device.conditionCleared(deadline, cancel);

        assertEquals(Outcome.success(DeviceStatus.online(AT.plusSeconds(30))), outcome);
        assertEquals(1, device.queries);
        assertSame(deadline, device.lastDeadline);
        assertSame(cancel, device.lastCancel);
        assertEquals(Health.ONLINE, device.status().health());
        assertEquals(List.of(DeviceStatus.online(AT.plusSeconds(30))), published);
    }

    @Test
    void aConditionStillSensedIsReportedAgainNotForgotten() throws Exception {
        SensingDevice device = new SensingDevice(PAPER_OUT);
        device.sensed = PAPER_OUT;

        Outcome<DeviceStatus> outcome = device.conditionCleared(Deadline.in(Duration.ofSeconds(1)), CancelToken.none());

        assertEquals(Outcome.success(PAPER_OUT), outcome);
        assertEquals(Health.USER_ERROR, device.status().health());
    }

    @Test
    void aFailedQueryIsReturnedAsItIs() throws Exception {
        SensingDevice device = new SensingDevice(PAPER_OUT);
        device.answer = Outcome.timedOut("status query", Duration.ofMillis(500));

        assertEquals(Outcome.timedOut("status query", Duration.ofMillis(500)),
                device.conditionCleared(Deadline.in(Duration.ofMillis(500)), CancelToken.none()));
    }

    @Test
    void aLostLinkIsThrownAsByRefreshStatus() {
        SensingDevice device = new SensingDevice(PAPER_OUT);
        device.linkLost = true;

        LinkLostException error = assertThrows(LinkLostException.class,
                () -> device.conditionCleared(Deadline.in(Duration.ofSeconds(1)), CancelToken.none()));
        assertEquals("tcp 127.0.0.1:9100: test link closed", error.getMessage());
    }

    /** A device that senses its state on every query (like DLE EOT), the case the default is for. */
    private static final class SensingDevice implements Device {
        private final List<Consumer<DeviceStatus>> listeners = new CopyOnWriteArrayList<>();
        private DeviceStatus status;
        DeviceStatus sensed;
        Outcome<DeviceStatus> answer;
        boolean linkLost;
        int queries;
        Deadline lastDeadline;
        CancelToken lastCancel;

        SensingDevice(DeviceStatus initial) {
            this.status = initial;
        }

        @Override
        public String role() {
            return "receiptPrinter";
        }

        @Override
        public String driverName() {
            return "sensing-test";
        }

        @Override
        public LifecycleState state() {
            return LifecycleState.ENABLED;
        }

        @Override
        public void open() {
        }

        @Override
        public void enable() {
        }

        @Override
        public void disable() {
        }

        @Override
        public void close() {
        }

        @Override
        public DeviceStatus status() {
            return status;
        }

        @Override
        public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) throws LinkLostException {
            queries++;
            lastDeadline = deadline;
            lastCancel = cancel;
            if (linkLost) {
                throw new LinkLostException("tcp 127.0.0.1:9100", "test link closed");
            }
            if (answer != null) {
                return answer;
            }
            if (!sensed.equals(status)) {
                status = sensed;
                listeners.forEach(listener -> listener.accept(sensed));
            }
            return Outcome.success(sensed);
        }

        @Override
        public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
