package org.budayang.driver.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.budayang.driver.Device;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Lifecycle;
import org.budayang.driver.LifecycleException;
import org.budayang.driver.LifecycleState;
import org.budayang.driver.link.Link;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.runtime.OperationGate;

/**
 * The reference driver of the contract's own tests: a line protocol ({@code PING n} → {@code PONG n},
 * {@code STAT} → {@code STAT OK}) over any link, built the way real drivers are (Lifecycle,
 * OperationGate, outcomes, only a lost link throws). With {@code honoursDeadline=false} it is the
 * deliberately broken variant that keeps waiting 2.5 s past any deadline.
 */
final class EchoDevice implements Device {
    private static final Duration SLICE = Duration.ofMillis(50);

    private final String role;
    private final LinkOpener opener;
    private final Clock clock;
    private final boolean honoursDeadline;
    private final Lifecycle lifecycle;
    private final OperationGate gate;
    private final AtomicInteger counter = new AtomicInteger();
    private final List<Consumer<DeviceStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile Link link;
    private volatile DeviceStatus status;

    EchoDevice(String role, LinkOpener opener, Clock clock, boolean honoursDeadline) {
        this.role = role;
        this.opener = opener;
        this.clock = clock;
        this.honoursDeadline = honoursDeadline;
        this.lifecycle = new Lifecycle(role + " (echo)");
        this.gate = new OperationGate(role + " (echo)");
        this.status = DeviceStatus.offline(clock.instant(), "closed");
    }

    @Override public String role() { return role; }
    @Override public String driverName() { return "echo"; }
    @Override public LifecycleState state() { return lifecycle.state(); }
    @Override public DeviceStatus status() { return status; }

    @Override
    public void open() throws LinkLostException {
        lifecycle.open(() -> {
            link = opener.open();
            setStatus(DeviceStatus.online(clock.instant()));
        });
    }

    @Override
    public void enable() {
        lifecycle.enable();
    }

    @Override
    public void disable() {
        lifecycle.disable();
    }

    @Override
    public void close() {
        try {
            if (lifecycle.state() != LifecycleState.CLOSED) {
                lifecycle.close(() -> {
                    Link current = link;
                    if (current != null) {
                        current.close();
                    }
                });
            }
        } catch (LifecycleException alreadyClosed) {
            // Closed by another thread meanwhile: nothing left to release.
        }
    }

    /** The representative operation: one PING / PONG round trip. */
    Outcome<Integer> echo(Deadline deadline, CancelToken cancel) throws LinkLostException {
        lifecycle.requireEnabled("echo");
        int n = counter.incrementAndGet();
        return gate.run("echo", deadline, cancel, (d, c) -> exchange("echo", "PING " + n, "PONG " + n, d, c))
                .map(reply -> n);
    }

    @Override
    public Outcome<DeviceStatus> refreshStatus(Deadline deadline, CancelToken cancel) throws LinkLostException {
        if (lifecycle.state() == LifecycleState.CLOSED) {
            throw new IllegalStateException(role + " (echo): cannot refreshStatus while CLOSED; open it first");
        }
        return gate.run("refreshStatus", deadline, cancel, (d, c) -> exchange("refreshStatus", "STAT", "STAT OK", d, c))
                .map(reply -> status);
    }

    private Outcome<String> exchange(String operation, String request, String expected, Deadline deadline,
                                     CancelToken cancel) throws LinkLostException {
        Link current = link;
        try {
            current.discardInput();
            current.write((request + "\n").getBytes(StandardCharsets.US_ASCII));
            Deadline wait = honoursDeadline ? deadline : Deadline.in(deadline.budget().plusMillis(2500));
            StringBuilder line = new StringBuilder();
            byte[] buffer = new byte[64];
            while (true) {
                if (cancel.isCancelled()) {
                    return Outcome.cancelled(operation);
                }
                if (wait.expired()) {
                    setStatus(DeviceStatus.offline(clock.instant(), "no answer to " + request + " within "
                            + deadline.budget().toMillis() + " ms on " + current.describe()));
                    return Outcome.timedOut(operation, deadline.budget());
                }
                Duration slice = wait.remaining().compareTo(SLICE) < 0 ? wait.remaining() : SLICE;
                int n = current.read(buffer, 0, buffer.length, slice);
                for (int i = 0; i < n; i++) {
                    char c = (char) (buffer[i] & 0xff);
                    if (c != '\n') {
                        line.append(c);
                    } else if (line.toString().equals(expected)) {
                        setStatus(DeviceStatus.online(clock.instant()));
                        return Outcome.success(line.toString());
                    } else {
                        line.setLength(0); // garbage or a late answer to an earlier request: resynchronise
                    }
                }
            }
        } catch (LinkLostException lost) {
            setStatus(DeviceStatus.offline(clock.instant(), lost.getMessage()));
            throw lost;
        }
    }

    private void setStatus(DeviceStatus next) {
        DeviceStatus previous = status;
        status = next;
        if (previous.health() != next.health() || !previous.detail().equals(next.detail())) {
            listeners.forEach(listener -> listener.accept(next));
        }
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<DeviceStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
