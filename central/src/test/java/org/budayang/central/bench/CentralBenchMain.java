package org.budayang.central.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.budayang.central.BenchAccess;

/**
 * Central for bench/central.sh: wired like CentralMain (platform and every feature module) plus the
 * test module's authenticated routes, on the configured database or, with {@code --postgres}, on an
 * embedded PostgreSQL started here. Writes the port file once listening (and its mutual-TLS port to
 * {@code <port file>.tls}); runs until SIGTERM.
 *
 * <p>{@code java -cp <test class path> org.budayang.central.bench.CentralBenchMain --config F --data-dir D
 * --port-file P [--postgres]}
 */
public final class CentralBenchMain {
    private CentralBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path config = null;
        Path dataDir = Path.of("var", "bench-central");
        Path portFile = null;
        boolean postgres = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> config = Path.of(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--port-file" -> portFile = Path.of(args[++i]);
                case "--postgres" -> postgres = true;
                default -> {
                    System.err.println("unknown argument " + args[i]
                            + "; usage: --config F --data-dir D --port-file P [--postgres]");
                    System.exit(2);
                }
            }
        }
        EmbeddedPostgres embedded = postgres ? EmbeddedPostgres.builder().start() : null;
        String jdbcUrl = embedded == null ? null : embedded.getJdbcUrl("postgres", "postgres");
        var server = BenchAccess.start(Optional.ofNullable(config), dataDir, Optional.ofNullable(jdbcUrl),
                Clock.systemUTC());
        if (portFile != null) {
            // the TLS port first: the script waits for the port file, then reads both
            java.nio.file.Files.writeString(Path.of(portFile + ".tls"), server.tlsPort().orElseThrow() + "\n");
            java.nio.file.Files.writeString(portFile, server.port() + "\n");
        }
        System.out.println("bench central on " + server.url() + (postgres ? " (embedded PostgreSQL " + jdbcUrl + ")"
                : " (H2)"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (java.io.IOException e) {
                    System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
                }
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
