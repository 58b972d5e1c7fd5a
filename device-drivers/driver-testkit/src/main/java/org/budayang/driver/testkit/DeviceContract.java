package org.budayang.driver.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.budayang.driver.Device;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.runtime.Supervisor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every driver passes (DESIGN.md, Devices; STYLE.md 12): a driver's test extends this
 * class and provides a {@link Harness} that runs the real driver against its emulator over a real
 * link (a {@link SocatPty} or {@link LoopbackSockets}). The contract checks lifecycle guards,
 * deadlines, cancellation, one operation at a time, unplug and replug under a {@link Supervisor},
 * and recovery from garbage on the line.
 */
public abstract class DeviceContract {
    /** How long a deadline may be overrun, and how soon a cancel must take effect. */
    protected static final Duration SLACK = Duration.ofMillis(500);
    private static final Duration DEADLINE = Duration.ofSeconds(1);
    private static final Duration PATIENT = Duration.ofSeconds(5);

    /**
     * The driver and its emulator for one contract test. The emulator runs on the device side of a
     * real link; the driver is created CLOSED over the opener the contract gives it.
     */
    public interface Harness extends AutoCloseable {
        /**
         * Opens a fresh link to the emulator at each call (the host side); {@code null} for a driver that
         * reaches its device through a system service rather than a byte link (CUPS over IPP, PC/SC through
         * pcscd, a camera through GStreamer). Such a harness makes the fault methods below real at that
         * service: {@link #unplug()} stops it or takes the device away, {@link #silent} freezes it
         * ({@code SIGSTOP}), {@link #garbage} makes it produce malformed data (a corrupt frame, a garbage
         * response APDU), and says in its javadoc how.
         */
        LinkOpener hostOpener();

        /**
         * A CLOSED device of the driver under test over {@code opener} (the contract's recording wrapper
         * around {@link #hostOpener()}; {@code null} when that is {@code null}).
         */
        Device createDevice(LinkOpener opener);

        /** The name of the {@link #operate representative operation}, as the driver names it in refusals. */
        String operationName();

        /** Runs the driver's representative operation (e.g. readCard with a card on the emulator). */
        Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException;

        /** Takes the link away (kill socat, close the sockets): both sides lose it. */
        void unplug();

        /** Brings the link back on the same path or port; the emulator serves again. */
        void replug();

        /** Makes the emulator send these bytes to the driver now, unasked. */
        void garbage(byte[] bytes);

        /** Makes the emulator ignore every request (true) or answer again (false). */
        void silent(boolean silent);

        /** Makes the emulator wait this long before each answer ({@link Duration#ZERO}: answer at once). */
        void slow(Duration delay);

        @Override
        void close() throws Exception;
    }

    /** Builds a new harness for each test (a fresh link and emulator). */
    protected abstract Harness createHarness() throws Exception;

    private Harness harness;
    private WatchedLink.Recorder recorder;
    private Device device;

    @BeforeEach
    void createDeviceUnderContract() throws Exception {
        harness = createHarness();
        LinkOpener opener = harness.hostOpener();
        recorder = opener == null ? null : new WatchedLink.Recorder();
        device = harness.createDevice(recorder == null ? null : recorder.opener(opener));
        assertEquals(LifecycleState.CLOSED, device.state(), "a new device is CLOSED");
    }

    @AfterEach
    void closeDeviceUnderContract() throws Exception {
        // A test skipped in createHarness (no socat) has no harness and no device.
        try {
            if (device != null) {
                device.close();
            }
        } finally {
            if (harness != null) {
                harness.close();
            }
        }
    }

    private void openAndEnable() throws LinkLostException {
        device.open();
        device.enable();
        assertEquals(LifecycleState.ENABLED, device.state());
    }

    private Outcome<?> operate(Duration budget) throws LinkLostException {
        return harness.operate(device, Deadline.in(budget), CancelToken.none());
    }

    @Test
    void representativeOperationSucceedsWhenEnabled() throws Exception {
        openAndEnable();
        Outcome<?> outcome = operate(PATIENT);
        assertTrue(outcome.isSuccess(), "expected success, got " + outcome);
        assertTrue(device.status().health().canServe(), "health after a successful operation: " + device.status());
    }

    @Test
    void operationBeforeEnableIsRefusedNamingOperationAndState() throws Exception {
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> operate(DEADLINE));
        assertRefusal(closed, harness.operationName(), "CLOSED");
        device.open();
        IllegalStateException open = assertThrows(IllegalStateException.class, () -> operate(DEADLINE));
        assertRefusal(open, harness.operationName(), "OPEN");
    }

    @Test
    void enableBeforeOpenIsRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, device::enable);
        assertRefusal(refused, "enable", "CLOSED");
        assertEquals(LifecycleState.CLOSED, device.state());
    }

    @Test
    void closeIsIdempotent() throws Exception {
        device.close();
        openAndEnable();
        device.close();
        device.close();
        assertEquals(LifecycleState.CLOSED, device.state());
        device.open();
        assertEquals(LifecycleState.OPEN, device.state(), "a closed device opens again");
    }

    @Test
    void silentDeviceTimesOutWithinTheDeadlineAndGoesOffline() throws Exception {
        openAndEnable();
        harness.silent(true);
        long start = System.nanoTime();
        Outcome<?> outcome = operate(DEADLINE);
        assertWithin(start, DEADLINE.plus(SLACK), "the operation on a silent device");
        assertInstanceOf(Outcome.TimedOut.class, outcome, "a silent device times out");

        start = System.nanoTime();
        Outcome<DeviceStatus> poll = device.refreshStatus(Deadline.in(DEADLINE), CancelToken.none());
        assertWithin(start, DEADLINE.plus(SLACK), "the health poll of a silent device");
        assertInstanceOf(Outcome.TimedOut.class, poll, "a silent device's health poll times out");
        assertEquals(Health.OFFLINE, device.status().health(), "a device that answers nothing is OFFLINE");

        harness.silent(false);
        Outcome<DeviceStatus> back = device.refreshStatus(Deadline.in(PATIENT), CancelToken.none());
        assertTrue(back.isSuccess(), "a device that answers again polls fine, got " + back);
        assertNotEquals(Health.OFFLINE, device.status().health());
    }

    @Test
    void cancelEndsASlowOperationPromptly() throws Exception {
        openAndEnable();
        harness.slow(Duration.ofSeconds(5));
        CancelToken cancel = new CancelToken();
        CompletableFuture<Outcome<?>> running = async("contract-cancelled", () -> harness.operate(device,
                Deadline.in(Duration.ofSeconds(10)), cancel));
        Thread.sleep(300);
        long start = System.nanoTime();
        cancel.cancel();
        Outcome<?> outcome = running.get(5, TimeUnit.SECONDS);
        assertWithin(start, SLACK, "cancelling a slow operation");
        assertInstanceOf(Outcome.Cancelled.class, outcome, "a cancelled operation says so");
        harness.slow(Duration.ZERO);
        assertTrue(operate(PATIENT).isSuccess(), "the next operation after a cancel succeeds");
    }

    @Test
    void oneOperationAtATime() throws Exception {
        openAndEnable();
        harness.slow(Duration.ofMillis(600));
        if (recorder != null) {
            recorder.clear();
        }
        CompletableFuture<Outcome<?>> first = async("contract-first", () -> operate(PATIENT));
        awaitFirstUnderWay();
        CompletableFuture<Outcome<?>> third = async("contract-third", () -> operate(PATIENT));
        long start = System.nanoTime();
        Outcome<?> impatient = operate(Duration.ofMillis(200));
        assertWithin(start, Duration.ofMillis(200).plus(SLACK), "a second caller with a short deadline");
        Outcome.TimedOut<?> timedOut = assertInstanceOf(Outcome.TimedOut.class, impatient,
                "a caller that cannot get the busy device in time times out");
        assertTrue(timedOut.operation().contains("busy"), "the timeout says the device was busy: " + timedOut);
        assertTrue(first.get(10, TimeUnit.SECONDS).isSuccess(), "the first operation succeeds");
        assertTrue(third.get(10, TimeUnit.SECONDS).isSuccess(), "a caller that waits long enough succeeds");
        if (recorder != null) { // without a byte link the timings above are the whole evidence
            assertTrue(!recorder.overlapped(), "two writes were on the wire at the same time");
            assertNotInterleaved(recorder.writers(), "contract-first", "contract-third");
        }
    }

    /**
     * Until the first operation holds the device: with a byte link, until its first write is on the wire (writes
     * happen inside the operation gate, and the slow emulator holds it 600 ms from there), or 300 ms for a device
     * that writes nothing to operate (a scanner waits for a code); without a byte link, 300 ms. A fixed 100 ms was
     * not enough on a loaded machine: the impatient caller got the gate first and timed out on the slow device
     * instead of on the busy one.
     */
    private void awaitFirstUnderWay() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofMillis(300).toNanos();
        while (System.nanoTime() < until) {
            if (recorder != null
                    && recorder.writers().stream().anyMatch(t -> t.getName().equals("contract-first"))) {
                return;
            }
            Thread.sleep(5);
        }
    }

    @Test
    void unplugIsALostLinkAndOffline() throws Exception {
        openAndEnable();
        assertTrue(operate(PATIENT).isSuccess());
        harness.unplug();
        long start = System.nanoTime();
        assertThrows(LinkLostException.class, () -> operate(Duration.ofSeconds(2)),
                "an operation on an unplugged device throws LinkLostException");
        assertWithin(start, Duration.ofSeconds(2).plus(SLACK), "noticing the unplug");
        assertEquals(Health.OFFLINE, device.status().health(), "an unplugged device is OFFLINE");
    }

    @Test
    void replugUnderASupervisorIsOnlineWithin5Seconds() throws Exception {
        Supervisor supervisor = Supervisor.builder().device(device).roles(List.of(device.role()))
                .pollInterval(Duration.ofMillis(200)).pollTimeout(DEADLINE)
                .backoff(Duration.ofMillis(200), Duration.ofSeconds(2)).build();
        try {
            supervisor.start();
            awaitHealth(supervisor, Health.ONLINE, PATIENT, "after start");
            harness.unplug();
            awaitHealth(supervisor, Health.OFFLINE, PATIENT, "after unplug");
            Thread.sleep(2500); // long enough for the backoff to reach its cap
            harness.replug();
            long start = System.nanoTime();
            awaitHealth(supervisor, Health.ONLINE, PATIENT, "after replug");
            assertWithin(start, PATIENT, "coming back ONLINE after replug");
            assertTrue(operate(PATIENT).isSuccess(), "the replugged device works");
        } finally {
            supervisor.stop();
        }
        assertEquals(LifecycleState.CLOSED, device.state(), "stopping the supervisor closes the device");
    }

    @Test
    void garbageOnTheLineDoesNotBreakTheNextOperation() throws Exception {
        openAndEnable();
        assertTrue(operate(PATIENT).isSuccess());
        byte[] garbage = new byte[200];
        new Random(20240611L).nextBytes(garbage);
        harness.garbage(garbage);
        Thread.sleep(100);
        Outcome<?> outcome = operate(PATIENT);
        assertTrue(outcome.isSuccess(), "the operation after garbage on the line succeeds, got " + outcome);
    }

    private static void assertRefusal(IllegalStateException refused, String operation, String state) {
        String message = String.valueOf(refused.getMessage());
        assertTrue(message.contains(operation) && message.contains(state),
                "the refusal names the operation '" + operation + "' and the state " + state + ": " + message);
    }

    private static void assertWithin(long startNanos, Duration limit, String what) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        assertTrue(millis <= limit.toMillis(), what + " took " + millis + " ms, more than " + limit.toMillis() + " ms");
    }

    /** The two callers' writes come as one block each (a driver's own poller may write in between). */
    private static void assertNotInterleaved(List<Thread> writers, String one, String other) {
        List<String> callers = writers.stream().map(Thread::getName)
                .filter(name -> name.equals(one) || name.equals(other)).toList();
        int switches = 0;
        for (int i = 1; i < callers.size(); i++) {
            if (!callers.get(i).equals(callers.get(i - 1))) {
                switches++;
            }
        }
        assertTrue(switches <= 1, "the two operations' writes interleaved on the wire: " + callers);
    }

    private static void awaitHealth(Supervisor supervisor, Health wanted, Duration within, String when)
            throws InterruptedException {
        String role = supervisor.snapshot().keySet().iterator().next();
        long end = System.nanoTime() + within.toNanos();
        while (supervisor.status(role).health() != wanted) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError(role + " is not " + wanted + " " + when + " within " + within.toMillis()
                        + " ms; status: " + supervisor.status(role));
            }
            Thread.sleep(20);
        }
    }

    /** An operation that may throw, run on another thread. */
    @FunctionalInterface
    private interface Call {
        Outcome<?> call() throws Exception;
    }

    private static CompletableFuture<Outcome<?>> async(String threadName, Call call) {
        Supplier<Outcome<?>> supplier = () -> {
            try {
                return call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        return CompletableFuture.supplyAsync(supplier, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            thread.start();
        });
    }
}
