package org.budayang.kiosk;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's side of its systemd unit ({@code budayang-kiosk.service}: {@code Type=notify}, {@code WatchdogSec},
 * {@code NotifyAccess=all}; docs/decisions/0021). When systemd started the kiosk ({@code $NOTIFY_SOCKET} set), it
 * runs {@code systemd-notify --ready} once the first screen is up; when the unit has a watchdog
 * ({@code $WATCHDOG_USEC} set) it then runs {@code systemd-notify WATCHDOG=1} every {@code WATCHDOG_USEC / 2}.
 * <p>
 * Each ping is started by a task on the UI thread ({@code fx}, {@code Platform::runLater} in the kiosk): a hung JavaFX
 * thread runs no task, sends no ping, and systemd restarts the kiosk. At most one such task waits in the UI queue at a
 * time. The {@code systemd-notify} processes run on a thread of their own, never on the UI thread. The JDK's Unix
 * sockets have no datagrams, which the notify protocol needs, hence the {@code systemd-notify} tool (package systemd).
 * {@code $WATCHDOG_PID} is not checked: it names xinit, the unit's main process, and NotifyAccess=all lets the kiosk
 * speak for it.
 */
public final class SystemdWatchdog implements AutoCloseable {
    public static final String NOTIFY_SOCKET = "NOTIFY_SOCKET";
    public static final String WATCHDOG_USEC = "WATCHDOG_USEC";
    /** How long one systemd-notify may take before it is given up (it waits for systemd to take the message). */
    static final Duration NOTIFY_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(SystemdWatchdog.class);

    private final String notifySocket;
    private final Optional<Duration> interval;
    private final Executor fx;
    private final String notifyCommand;
    private final AtomicBoolean pingQueued = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final ScheduledExecutorService timer;
    private final ExecutorService notifier;

    SystemdWatchdog(String notifySocket, Optional<Duration> interval, Executor fx, String notifyCommand) {
        this.notifySocket = Objects.requireNonNull(notifySocket, "notifySocket");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.notifyCommand = Objects.requireNonNull(notifyCommand, "notifyCommand");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kiosk-watchdog-timer"));
        this.notifier = Executors.newSingleThreadExecutor(r -> daemon(r, "kiosk-watchdog-notify"));
    }

    /**
     * The watchdog of a kiosk started by systemd, or empty when {@code $NOTIFY_SOCKET} is not set (started by hand or
     * by the launcher). A {@code $WATCHDOG_USEC} that is no positive number is logged and no pings are sent (systemd
     * then restarts the kiosk at the end of WatchdogSec, and the journal says why).
     */
    public static Optional<SystemdWatchdog> fromEnvironment(Map<String, String> environment, Executor fx) {
        return fromEnvironment(environment, fx, "systemd-notify");
    }

    static Optional<SystemdWatchdog> fromEnvironment(Map<String, String> environment, Executor fx,
            String notifyCommand) {
        String socket = environment.get(NOTIFY_SOCKET);
        if (socket == null || socket.isBlank()) {
            LOG.debug("No {}: not started by systemd, no readiness or watchdog notifications", NOTIFY_SOCKET);
            return Optional.empty();
        }
        return Optional.of(new SystemdWatchdog(socket, interval(environment.get(WATCHDOG_USEC)), fx, notifyCommand));
    }

    /** Half the watchdog period of {@code WATCHDOG_USEC} (microseconds), as sd_watchdog_enabled(3) advises. */
    static Optional<Duration> interval(String watchdogUsec) {
        if (watchdogUsec == null || watchdogUsec.isBlank()) {
            return Optional.empty();
        }
        try {
            long usec = Long.parseLong(watchdogUsec.strip());
            if (usec > 1) {
                return Optional.of(Duration.ofNanos(usec * 1000 / 2));
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        LOG.error("WATCHDOG_USEC '{}' is not a positive number of microseconds: the kiosk sends no watchdog pings and "
                + "systemd will restart it; check WatchdogSec in budayang-kiosk.service", watchdogUsec);
        return Optional.empty();
    }

    /** The ping period, when the unit has a watchdog. */
    public Optional<Duration> interval() {
        return interval;
    }

    /** Says READY=1, then pings every {@link #interval()} through the UI thread. Call once the UI is up. */
    public void start() {
        notifier.execute(() -> notifySystemd("--ready"));
        interval.ifPresent(every -> {
            long nanos = every.toNanos();
            timer.scheduleAtFixedRate(this::queuePing, nanos, nanos, TimeUnit.NANOSECONDS);
            LOG.info("systemd watchdog: READY=1, then WATCHDOG=1 every {} ms from the UI thread", every.toMillis());
        });
    }

    private void queuePing() {
        if (pingQueued.compareAndSet(false, true)) {
            fx.execute(() -> {
                pingQueued.set(false);
                notifier.execute(() -> notifySystemd("WATCHDOG=1"));
            });
        }
    }

    private void notifySystemd(String what) {
        ProcessBuilder builder = new ProcessBuilder(notifyCommand, what).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(NOTIFY_SOCKET, notifySocket);
        try {
            Process process = builder.start();
            if (!process.waitFor(NOTIFY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                failed(what, "no answer within " + NOTIFY_TIMEOUT.toSeconds() + " s");
            } else if (process.exitValue() != 0) {
                failed(what, "exit code " + process.exitValue());
            } else if (failing.compareAndSet(true, false)) {
                LOG.info("systemd-notify {} works again", what);
            }
        } catch (IOException e) {
            failed(what, e.getMessage() + " (is the package systemd installed?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(String what, String why) {
        // logged once per failing spell, not at every ping
        if (failing.compareAndSet(false, true)) {
            LOG.warn("systemd-notify {} to {} failed: {}; without pings systemd restarts the kiosk", what,
                    notifySocket, why);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        notifier.shutdown();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
