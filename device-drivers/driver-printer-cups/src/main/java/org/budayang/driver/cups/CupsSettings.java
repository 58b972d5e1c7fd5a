package org.budayang.driver.cups;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.budayang.driver.DriverConfigurationException;
import org.budayang.driver.DriverSettings;

/**
 * The {@code cups} driver's settings, checked at creation. The queue is named either by {@code uri}
 * ({@code ipp://localhost:631/printers/budayang-pdf}, or {@code http://…}) or by {@code host} (default
 * {@code localhost}), {@code port} (default 631) and {@code queue}; giving both forms is refused.
 *
 * @param printerUri     the queue's IPP URI, sent as {@code printer-uri}
 * @param endpoint       the HTTP URI the IPP requests are posted to
 * @param queue          the queue name (for messages)
 * @param user           {@code requesting-user-name} (default {@code budayang})
 * @param pollInterval   how often a job's state is asked while it prints (default 200ms)
 * @param connectTimeout how long a TCP connect to cupsd may take (default 2s)
 * @param cancelTimeout  how long Cancel-Job may take after a deadline or a cancel (default 300ms)
 * @param jobMemory      how many job ids the driver remembers, so that a retried id is never printed twice
 *                       (default 200, 10..100000)
 */
record CupsSettings(URI printerUri, URI endpoint, String queue, String user, Duration pollInterval,
                    Duration connectTimeout, Duration cancelTimeout, int jobMemory) {

    static final Set<String> KEYS = Set.of("uri", "host", "port", "queue", "user", "pollInterval",
            "connectTimeout", "cancelTimeout", "jobMemory");
    private static final String URI_FORM = "an ipp:// or http:// URI of a CUPS queue such as"
            + " ipp://localhost:631/printers/budayang-pdf";

    CupsSettings {
        Objects.requireNonNull(printerUri, "CupsSettings.printerUri is required");
        Objects.requireNonNull(endpoint, "CupsSettings.endpoint is required");
        Objects.requireNonNull(queue, "CupsSettings.queue is required");
        Objects.requireNonNull(user, "CupsSettings.user is required");
        Objects.requireNonNull(pollInterval, "CupsSettings.pollInterval is required");
        Objects.requireNonNull(connectTimeout, "CupsSettings.connectTimeout is required");
        Objects.requireNonNull(cancelTimeout, "CupsSettings.cancelTimeout is required");
        if (jobMemory < 10 || jobMemory > 100_000) {
            throw new IllegalArgumentException("CupsSettings.jobMemory must be 10..100000, got " + jobMemory);
        }
    }

    static CupsSettings from(DriverSettings settings) {
        settings.requireOnly(KEYS);
        String role = settings.role();
        String host;
        int port;
        String queue;
        if (settings.optionalString("uri").isPresent()) {
            for (String other : new String[] {"host", "port", "queue"}) {
                if (settings.optionalString(other).isPresent()) {
                    throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID, role, other,
                            settings.string(other), "either 'uri' or 'host'/'port'/'queue', not both");
                }
            }
            URI uri = parse(role, settings.string("uri"));
            host = uri.getHost();
            port = uri.getPort() == -1 ? 631 : uri.getPort();
            queue = uri.getPath().substring("/printers/".length());
        } else {
            host = settings.optionalString("host").orElse("localhost");
            port = settings.optionalInteger("port", 1, 65535).orElse(631);
            queue = settings.string("queue");
            if (!queue.matches("[A-Za-z0-9._-]{1,127}")) {
                throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID, role, "queue",
                        queue, "a CUPS queue name: 1-127 of A-Z a-z 0-9 . _ -");
            }
        }
        String authority = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        URI printerUri = URI.create("ipp://" + authority + "/printers/" + queue);
        URI endpoint = URI.create("http://" + authority + "/printers/" + queue);
        String user = settings.optionalString("user").orElse("budayang");
        if (!user.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID, role, "user", user,
                    "a user name of 1-64 of A-Z a-z 0-9 . _ -");
        }
        return new CupsSettings(printerUri, endpoint, queue, user,
                settings.optionalDuration("pollInterval", Duration.ofMillis(20), Duration.ofSeconds(5))
                        .orElse(Duration.ofMillis(200)),
                settings.optionalDuration("connectTimeout", Duration.ofMillis(100), Duration.ofSeconds(30))
                        .orElse(Duration.ofSeconds(2)),
                settings.optionalDuration("cancelTimeout", Duration.ofMillis(50), Duration.ofSeconds(10))
                        .orElse(Duration.ofMillis(300)),
                settings.optionalInteger("jobMemory", 10, 100_000).orElse(
                        org.budayang.driver.printer.JobBook.DEFAULT_CAPACITY));
    }

    private static URI parse(String role, String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException bad) {
            throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID, role, "uri", text,
                    URI_FORM);
        }
        String scheme = uri.getScheme();
        boolean plain = "ipp".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
        if (!plain || uri.getHost() == null || uri.getPath() == null
                || !uri.getPath().matches("/printers/[A-Za-z0-9._-]{1,127}") || uri.getQuery() != null) {
            throw new DriverConfigurationException(DriverConfigurationException.Reason.INVALID, role, "uri", text,
                    URI_FORM + " (ipps/https are not supported: cupsd on the kiosk is reached over loopback)");
        }
        return uri;
    }

    String describe() {
        return "CUPS queue " + queue + " at " + printerUri;
    }
}
