package org.budayang.central.fleet.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.budayang.api.json.ApiJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs every {@link AlertEvent} as JSON to {@code alerts.webhookUrl} with the header
 * {@code X-Budayang-Event-Id} (the receiver drops repeats by it). A network failure, a timeout (5 s), 408, 429 and
 * 5xx are retried up to {@code webhookAttempts} times, waiting {@code webhookBackoff} doubled after each failure;
 * any other 4xx is given up at once (the receiver refuses the event as it is). Retries are scheduled, so one slow
 * event does not hold back the others. The queue is in memory: events still queued when central stops are lost
 * (the alerts themselves are in the database).
 */
public final class WebhookNotifier implements AlertNotifier, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);
    public static final String EVENT_ID_HEADER = "X-Budayang-Event-Id";
    private static final int MAX_QUEUED = 10_000;

    private final URI url;
    private final int attempts;
    private final Duration backoff;
    private final HttpClient http;
    private final ObjectMapper json = ApiJson.mapper();
    private final ScheduledThreadPoolExecutor executor;

    public WebhookNotifier(URI url, int attempts, Duration backoff) {
        this.url = Objects.requireNonNull(url, "url");
        if (attempts < 1) {
            throw new IllegalArgumentException("WebhookNotifier.attempts: " + attempts + " must be at least 1");
        }
        this.attempts = attempts;
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        this.executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "alert-webhook");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void publish(AlertEvent event) {
        if (executor.getQueue().size() >= MAX_QUEUED) {
            LOG.warn("Alert webhook queue is full ({} events); event {} is not sent to {}", MAX_QUEUED,
                    event.eventId(), url);
            return;
        }
        schedule(event, 1, 0);
    }

    private void schedule(AlertEvent event, int attempt, long delayMillis) {
        try {
            executor.schedule(() -> attempt(event, attempt), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            LOG.warn("Alert event {} not sent to {}: central is stopping", event.eventId(), url);
        }
    }

    private void attempt(AlertEvent event, int attempt) {
        String outcome;
        boolean retry;
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header(EVENT_ID_HEADER, event.eventId())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body(event))).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                LOG.debug("Alert event {} delivered to {} (attempt {})", event.eventId(), url, attempt);
                return;
            }
            outcome = "HTTP " + status;
            retry = status == 408 || status == 429 || status >= 500;
        } catch (IOException e) {
            outcome = e.toString();
            retry = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Alert event {} not sent to {}: interrupted while central stops", event.eventId(), url);
            return;
        }
        if (retry && attempt < attempts) {
            long wait = backoff.toMillis() << Math.min(attempt - 1, 20);
            LOG.info("Alert event {} to {} failed ({}), attempt {} of {}; next in {} ms", event.eventId(), url, outcome,
                    attempt, attempts, wait);
            schedule(event, attempt + 1, wait);
        } else {
            LOG.warn("Alert event {} to {} given up after attempt {} of {}: {}", event.eventId(), url, attempt,
                    attempts, outcome + (retry ? "" : " (not retried: the receiver refuses the event)"));
        }
    }

    private byte[] body(AlertEvent event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write alert event " + event.eventId() + " as JSON", e);
        }
    }

    /** Stops; events not yet sent are dropped (waits up to 5 s for the attempt in progress). */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "WebhookNotifier[" + url + ", " + attempts + " attempts]";
    }
}
