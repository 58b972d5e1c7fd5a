package org.budayang.kiosk.fleet.telemetry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.budayang.api.fleet.Heartbeat;
import org.budayang.api.json.ApiJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code interval} (30 s by default, kiosk configuration) builds a heartbeat and offers it to the
 * {@link HeartbeatQueue}; a heartbeat not queued because an older one waits is counted in the next one's
 * {@code network.coalesced}. One daemon thread {@code fleet-heartbeat}.
 */
public final class HeartbeatSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatSender.class);
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private final HeartbeatBuilder builder;
    private final HeartbeatQueue queue;
    private final NetworkStats network;
    private final Duration interval;
    private final ObjectMapper json = ApiJson.mapper();
    private ScheduledExecutorService timer;

    public HeartbeatSender(HeartbeatBuilder builder, HeartbeatQueue queue, NetworkStats network, Duration interval) {
        this.builder = Objects.requireNonNull(builder, "builder");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.network = Objects.requireNonNull(network, "network");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("HeartbeatSender.interval: " + interval + " is shorter than 1 s");
        }
    }

    /** Builds and offers one heartbeat now; returns whether it was queued. */
    public boolean beat() {
        if (queue.waiting()) {
            network.coalesced();
            LOG.debug("Heartbeat coalesced: an older one still waits for central");
            return false;
        }
        // built only when it is queued, so the network numbers it takes are those since the last one sent
        Heartbeat heartbeat = builder.build();
        String body;
        try {
            body = json.writeValueAsString(heartbeat);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the heartbeat as JSON", e);
        }
        queue.offer(body);
        return true;
    }

    public synchronized void start() {
        if (timer != null) {
            throw new IllegalStateException("HeartbeatSender.start: already started");
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fleet-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> {
            try {
                beat();
            } catch (RuntimeException e) {
                LOG.warn("Heartbeat not queued; the next one follows in {}", interval, e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Heartbeats every {}", interval);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
