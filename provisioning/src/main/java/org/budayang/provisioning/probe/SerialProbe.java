package org.budayang.provisioning.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.runtime.DriverRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identifies what is on each serial port by the drivers' own handshakes: for each {@link SerialCandidate} and baud
 * rate it builds the driver's device through the {@link DriverRegistry} (link=serial, the port, the baud and the
 * candidate's short timeouts) and calls {@code open()}, which is the driver's identification (ID card SAM status +
 * SAM id, ESC/POS DLE EOT, SSP SYNC + set-up); the first device that opens is the answer, its status detail the
 * identity. The device is closed again at once.
 *
 * <p>Ports are examined in parallel, each in its own time box; a port another process holds is reported
 * {@link PortState#BUSY} and not touched; a port whose handshakes overrun the time box is reported
 * {@link PortState#TIMED_OUT} and left to its thread (daemon) rather than waited for.
 */
public final class SerialProbe {
    private static final Logger LOG = LoggerFactory.getLogger(SerialProbe.class);

    private final DriverRegistry registry;
    private final List<SerialCandidate> candidates;
    private final PortHolders holders;
    private final Duration timeBox;
    private final Clock clock;

    public SerialProbe(DriverRegistry registry, List<SerialCandidate> candidates, PortHolders holders,
                       Duration timeBox, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.candidates = List.copyOf(candidates);
        this.holders = Objects.requireNonNull(holders, "holders");
        this.timeBox = Objects.requireNonNull(timeBox, "timeBox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Examines every port (in parallel) and returns the findings in the order of {@code ports}. */
    public List<PortResult> examine(List<String> ports) {
        if (ports.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(ports.size(), 16), runnable -> {
            Thread thread = new Thread(runnable, "probe-port");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<PortResult>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (String port : ports) {
                futures.add(pool.submit(() -> examine(port)));
            }
            List<PortResult> results = new ArrayList<>();
            for (int i = 0; i < ports.size(); i++) {
                results.add(await(ports.get(i), futures.get(i), start));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private PortResult await(String port, Future<PortResult> future, long start) {
        long left = timeBox.toNanos() - (System.nanoTime() - start);
        try {
            return future.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
        } catch (TimeoutException overrun) {
            future.cancel(true);
            return new PortResult(port, PortState.TIMED_OUT, Optional.empty(), "the handshakes did not finish within "
                    + timeBox.toMillis() + " ms; the device may be very slow or the adapter hung (unplug and replug"
                    + " it)", Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new PortResult(port, PortState.TIMED_OUT, Optional.empty(), "probe interrupted",
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (ExecutionException crashed) {
            LOG.warn("probe of port {} failed", port, crashed.getCause());
            return new PortResult(port, PortState.CANNOT_OPEN, Optional.empty(), "the probe itself failed: "
                    + crashed.getCause(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Examines one port (on the calling thread). */
    public PortResult examine(String port) {
        long start = System.nanoTime();
        Path path = Path.of(port);
        if (!Files.exists(path)) {
            return result(port, PortState.MISSING, null, "no such port; check the cable or USB adapter (ls -l"
                    + " /dev/serial/by-id/)", start);
        }
        List<PortHolders.Holder> held = holders.of(path);
        if (!held.isEmpty()) {
            return result(port, PortState.BUSY, null, "held by " + held + "; not probed (stop that program first,"
                    + " e.g. systemctl stop budayang-kiosk)", start);
        }
        List<String> tried = new ArrayList<>();
        String openFailure = null;
        for (SerialCandidate candidate : candidates) {
            Optional<DriverProvider> provider = registry.find(candidate.driver());
            if (provider.isEmpty()) {
                tried.add(candidate.driver() + ": driver not installed");
                continue;
            }
            for (int baud : candidate.bauds()) {
                Attempt attempt = attempt(provider.get(), candidate, port, baud);
                if (attempt.identity != null) {
                    return result(port, PortState.IDENTIFIED,
                            new Identified(candidate.driver(), candidate.role(), baud, attempt.identity),
                            String.join("; ", tried), start);
                }
                tried.add(candidate.driver() + "@" + baud + ": " + attempt.failure);
                if (attempt.cannotOpen) {
                    openFailure = attempt.failure;
                    break;
                }
            }
            if (openFailure != null) {
                return result(port, PortState.CANNOT_OPEN, null, openFailure, start);
            }
        }
        return result(port, PortState.NO_ANSWER, null, "no handshake answered (" + String.join("; ", tried)
                + "); a QR scanner stays silent until a code is scanned", start);
    }

    private record Attempt(String identity, String failure, boolean cannotOpen) {
    }

    private Attempt attempt(DriverProvider provider, SerialCandidate candidate, String port, int baud) {
        Map<String, String> settings = new HashMap<>(candidate.quickSettings());
        settings.put("link", "serial");
        settings.put("port", port);
        settings.put("baud", Integer.toString(baud));
        Device device;
        try {
            device = provider.create(new DriverContext(candidate.role(),
                    DriverSettings.of(candidate.role(), settings), clock));
        } catch (RuntimeException refused) {
            return new Attempt(null, "driver refused its probe settings: " + refused.getMessage(), true);
        }
        try (device) {
            device.open();
            return new Attempt(device.status().detail(), null, false);
        } catch (LinkLostException lost) {
            String message = String.valueOf(lost.getMessage());
            boolean cannotOpen = message.contains("cannot open") || message.contains("not a usable serial port");
            return new Attempt(null, message, cannotOpen);
        } catch (RuntimeException broken) {
            return new Attempt(null, broken.toString(), false);
        }
    }

    private static PortResult result(String port, PortState state, Identified device, String detail, long start) {
        return new PortResult(port, state, Optional.ofNullable(device), detail,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
