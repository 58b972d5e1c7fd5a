package org.budayang.central.payments.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the sandbox provider's payment notifications to central over HTTP, off the phone's request: signed, with a
 * fresh notification id, retried up to {@value #ATTEMPTS} times (0.5 s, 1 s, 2 s apart) while central answers 5xx or
 * cannot be reached. 2xx and 409 (already received) end the attempts.
 */
final class SandboxNotifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxNotifier.class);
    static final int ATTEMPTS = 4;

    private final NotificationSigner signer;
    private final Supplier<String> target;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sandbox-pay-notifier");
        thread.setDaemon(true);
        return thread;
    });

    SandboxNotifier(NotificationSigner signer, Supplier<String> target, Clock clock) {
        this.signer = signer;
        this.target = target;
        this.clock = clock;
    }

    /** Queues the notification that {@code orderNo} was paid. */
    void paid(String orderNo, long paidFen, java.time.Instant paidAt) {
        String id = "NT" + UUID.randomUUID().toString().replace("-", "");
        String body = "{\"orderNo\":\"" + orderNo + "\",\"paidFen\":" + paidFen + ",\"paidAt\":\"" + paidAt + "\"}";
        executor.execute(() -> send(id, orderNo, body.getBytes(StandardCharsets.UTF_8)));
    }

    private void send(String id, String orderNo, byte[] body) {
        long delay = 500;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(target.get()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(NotificationSigner.TIMESTAMP, String.valueOf(timestamp))
                    .header(NotificationSigner.NOTIFICATION_ID, id)
                    .header(NotificationSigner.SIGNATURE, signer.sign(timestamp, id, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 300 || status == 409) {
                    LOG.debug("Notification {} of order {} answered {}", id, orderNo, status);
                    return;
                }
                LOG.warn("Notification {} of order {} answered {} (attempt {} of {})", id, orderNo, status, attempt,
                        ATTEMPTS);
                if (status < 500) {
                    return;
                }
            } catch (java.io.IOException e) {
                LOG.warn("Notification {} of order {} not delivered (attempt {} of {}): {}", id, orderNo, attempt,
                        ATTEMPTS, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            delay *= 2;
        }
        LOG.warn("Notification {} of order {} gave up after {} attempts; central learns of the payment when the kiosk "
                + "or its jobs ask", id, orderNo, ATTEMPTS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
