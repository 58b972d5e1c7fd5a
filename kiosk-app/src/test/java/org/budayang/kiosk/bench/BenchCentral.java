package org.budayang.kiosk.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.budayang.kiosk.core.enrol.KioskCredentials;
import org.budayang.kiosk.service.CentralApi;
import org.budayang.kiosk.service.CentralProcess;

/**
 * The REAL central ({@code CentralMain}: H2 file database, sandbox departments, documents, 好差评) in a child JVM on
 * free loopback ports, with one kiosk enrolled with the code sheet central writes at start (the desk tests'
 * {@link CentralProcess}); every kiosk call of the bench goes over mutual TLS with the kiosk's certificate. Central
 * runs with the full JIT here (the tests' copy stops at C1 to start faster).
 */
final class BenchCentral implements AutoCloseable {
    private final CentralProcess central;

    BenchCentral(Path dir) throws IOException, InterruptedException {
        // The soak drives ~30 sessions a minute through ONE kiosk, ~15x a busy real kiosk: central's per-kiosk flood
        // limit (ratelimit.kioskPerSecond, default 2 POST/s) would answer 429 系统繁忙 every ~45 s. Raised for the bench only.
        central = CentralProcess.start(dir, List.of(), "ratelimit.kioskPerSecond=50");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                central.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-central-stop")); // a killed bench
    }

    /** central's public URL (catalogue, guide links). */
    URI url() {
        return central.url();
    }

    KioskCredentials credentials() {
        return central.credentials();
    }

    /** A new desk API of the enrolled kiosk over mutual TLS. */
    CentralApi api() {
        return central.api();
    }

    Path log() {
        return central.log();
    }

    @Override
    public void close() throws InterruptedException {
        central.stop();
    }
}
