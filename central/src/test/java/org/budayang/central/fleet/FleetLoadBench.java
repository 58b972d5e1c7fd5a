package org.budayang.central.fleet;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.api.ApiHeaders;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.central.CentralServer;
import org.budayang.central.TestCatalogs;
import org.budayang.central.auth.KioskAuthenticator;
import org.budayang.central.auth.KioskRepository;
import org.budayang.central.auth.SecretHash;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.db.Database;
import org.budayang.central.db.DatabaseConfig;
import org.budayang.central.fleet.commands.FleetOperations;
import org.budayang.central.idempotency.Idempotency;
import org.budayang.central.idempotency.IdempotencyStore;

/**
 * bench/fleet-load.sh: N simulated kiosks sending heartbeats to one central (the production platform — kiosk
 * authentication, rate limit, idempotency — and fleet operations, on an H2 file or an embedded PostgreSQL) at a
 * series of aggregate rates, open loop (each request is sent at its scheduled time, and its latency counts from
 * that time, so a stalled server is not hidden). Prints per rate: achieved rate, p50, p99, max, errors, the
 * process's CPU time per heartbeat (server and load generator together: an upper bound of central's cost, which
 * holds when other programs share the machine), and the largest rate held with p99 ≤ 100 ms and no error.
 *
 * <p>Kiosks authenticate with the per-kiosk secret (PBKDF2, verified once per kiosk and cached; the cache holds
 * 10,000 kiosks), so N is kept to a few thousand and the rate set by the interval: 20,000 kiosks at 30 s is the
 * same 667 heartbeats/s as 1,000 kiosks at 1.5 s. mTLS (fleet-trust) replaces the secret; then N can be the
 * fleet's size.
 *
 * <p>{@code --db h2|postgres --kiosks 1000 --rates 200,400,667,900 --seconds 20 --jit-warmup-seconds 30}
 */
public final class FleetLoadBench {
    private static final String SECRET = "fleet-load-bench-secret-0000000000000";

    private FleetLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--db", "h2", "--kiosks", "1000", "--rates",
                "200,400,667,900,1200", "--seconds", "20", "--dir", "target/bench/fleet-load", "--jit-warmup-seconds", "30"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                System.err.println("unknown option " + args[i] + "; options: " + options.keySet());
                System.exit(2);
            }
            options.put(args[i], args[i + 1]);
        }
        int kiosks = Integer.parseInt(options.get("--kiosks"));
        int seconds = Integer.parseInt(options.get("--seconds"));
        String db = options.get("--db");
        EmbeddedPostgres postgres = null;
        DatabaseConfig config;
        if (db.equals("postgres")) {
            postgres = EmbeddedPostgres.builder().start();
            config = new DatabaseConfig(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", 16);
        } else {
            Path dir = Path.of(options.get("--dir"), "h2-" + UUID.randomUUID());
            Files.createDirectories(dir);
            DatabaseConfig file = DatabaseConfig.h2File(dir.resolve("central"));
            config = new DatabaseConfig(file.jdbcUrl(), file.user(), file.password(), 16);
        }
        Database database = Database.open(config);
        CentralServer server = start(database, kiosks);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        String base = server.url() + FleetPaths.HEARTBEATS;
        System.out.printf("fleet-load: %s, %d kiosks, central %s%n", db, kiosks, server.url());
        long warm = System.nanoTime();
        warmUp(client, base, kiosks);
        System.out.printf("warm-up: every kiosk authenticated once in %.1f s%n", (System.nanoTime() - warm) / 1e9);
        int jitSeconds = Integer.parseInt(options.get("--jit-warmup-seconds"));
        if (jitSeconds > 0) {
            Result warmUp = run(client, base, kiosks, 150, jitSeconds);
            System.out.printf("warm-up: %d s at 150/s for the JIT (p99 %.1f ms, not counted)%n", jitSeconds,
                    warmUp.p99());
        }
        List<String> lines = new ArrayList<>();
        double best = 0;
        for (String text : options.get("--rates").split(",")) {
            double rate = Double.parseDouble(text.strip());
            long cpuBefore = processCpuNanos();
            double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage();
            Result result = run(client, base, kiosks, rate, seconds);
            double cpuPerRequest = (processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, result.answered());
            String line = String.format("%-8s rate %6.0f/s (= %5d kiosks at 30 s)  achieved %7.1f/s  p50 %6.1f ms"
                    + "  p99 %7.1f ms  max %7.1f ms  errors %d  cpu %.2f ms/heartbeat  load %.1f%s", db, rate,
                    Math.round(rate * 30), result.achieved(), result.p50(), result.p99(), result.max(), result.errors(),
                    cpuPerRequest, loadBefore, result.firstError().isEmpty() ? "" : " (" + result.firstError() + ")");
            System.out.println(line);
            lines.add(line);
            if (result.errors() == 0 && result.p99() <= 100 && result.achieved() >= rate * 0.98) {
                best = Math.max(best, rate);
            }
        }
        System.out.printf("%s: largest rate held with p99 <= 100 ms and no error: %.0f heartbeats/s (%d kiosks at 30 s)%n",
                db, best, Math.round(best * 30));
        server.stop();
        if (postgres != null) {
            postgres.close();
        }
        System.exit(0);
    }

    private static CentralServer start(Database database, int kiosks) {
        Clock clock = Clock.systemUTC();
        SecretHash hash = SecretHash.create(SECRET, SecretHash.MIN_ITERATIONS, new SecureRandom());
        Map<String, SecretHash> configured = new HashMap<>();
        for (int i = 0; i < kiosks; i++) {
            configured.put(kiosk(i), hash);
        }
        KioskRepository repository = new KioskRepository(database.dataSource(), clock);
        repository.sync(configured);
        FleetOperations fleet = FleetOperations.wire(Map.of(), database.dataSource(), clock, configured::containsKey);
        CentralServer.Builder builder = CentralServer.builder()
                .kioskAuthentication(new KioskAuthenticator(repository, clock, Duration.ofHours(1)))
                .idempotency(new Idempotency(new IdempotencyStore(database.dataSource(), clock, Duration.ofMinutes(2))))
                .kioskRateLimit(fleet.rateLimiter())
                .catalogRepository(new LoadedCatalogRepository(TestCatalogs.bundled()))
                .clock(clock).port(0).closeOnStop(database);
        fleet.modules().forEach(builder::module);
        fleet.closeables().forEach(builder::closeOnStop);
        return builder.build().start();
    }

    static String kiosk(int i) {
        return String.format("KSK-%06d-%04d", 620100 + i / 10_000, i % 10_000);
    }

    private static String body(int kiosk) {
        Instant now = Instant.now();
        return "{\"appVersion\":\"0.1.0\",\"sentAt\":\"" + now + "\",\"uptimeSeconds\":3600,\"devices\":["
                + "{\"role\":\"receiptPrinter\",\"state\":\"ONLINE\",\"conditions\":[],\"action\":\"NONE\",\"since\":\""
                + now.minusSeconds(3600) + "\"},{\"role\":\"idCardReader\",\"state\":\"ONLINE\",\"conditions\":[],"
                + "\"action\":\"NONE\",\"since\":\"" + now.minusSeconds(3600) + "\"}],\"network\":{\"latencyMs\":"
                + (5 + kiosk % 40) + ",\"failures\":0,\"coalesced\":0},\"diskFreeBytes\":8000000000,"
                + "\"memoryUsedBytes\":120000000,\"memoryMaxBytes\":512000000,\"lastTransactionAt\":null,"
                + "\"screen\":\"attract\"}";
    }

    private static HttpRequest request(String url, int kiosk) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(ApiHeaders.KIOSK_ID, kiosk(kiosk))
                .header(ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + SECRET)
                .header(ApiHeaders.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body(kiosk))).build();
    }

    /** One heartbeat per kiosk, two at a time (PBKDF2 is bounded to two at once): each kiosk's secret is cached. */
    private static void warmUp(HttpClient client, String url, int kiosks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger failed = new AtomicInteger();
        for (int i = 0; i < kiosks; i++) {
            int kiosk = i;
            pool.execute(() -> {
                for (int attempt = 0; attempt < 20; attempt++) {
                    try {
                        int status = client.send(request(url, kiosk), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (status == 202) {
                            return;
                        }
                        Thread.sleep(200);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                failed.incrementAndGet();
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        if (failed.get() > 0) {
            System.out.println("warm-up: " + failed.get() + " kiosks could not authenticate");
        }
    }

    record Result(double achieved, double p50, double p99, double max, int errors, String firstError, int answered) {
    }

    /** CPU time of this whole process (server and load generator), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Result run(HttpClient client, String url, int kiosks, double rate, int seconds)
            throws InterruptedException {
        int total = (int) Math.round(rate * seconds);
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> kinds = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(1024);
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime() + 50_000_000;
        long periodNanos = (long) (1e9 / rate);
        int offset = (int) (Math.random() * kiosks);
        for (int i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (!inFlight.tryAcquire()) {
                errors.incrementAndGet();
                kinds.merge("more than 1024 in flight", 1, Integer::sum);
                done.countDown();
                continue;
            }
            int index = i;
            client.sendAsync(request(url, (offset + i) % kiosks), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        latencies[index] = System.nanoTime() - due;
                        if (error != null || response.statusCode() != 202) {
                            errors.incrementAndGet();
                            kinds.merge(error != null ? error.getClass().getSimpleName()
                                    : "HTTP " + response.statusCode(), 1, Integer::sum);
                        }
                        inFlight.release();
                        done.countDown();
                    });
        }
        done.await(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] measured = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        int answered = measured.length;
        double p50 = answered == 0 ? 0 : measured[(int) (answered * 0.50)] / 1e6;
        double p99 = answered == 0 ? 0 : measured[Math.min(answered - 1, (int) (answered * 0.99))] / 1e6;
        double max = answered == 0 ? 0 : measured[answered - 1] / 1e6;
        return new Result(answered / elapsed, p50, p99, max, errors.get() + (total - answered), kinds.toString()
                .equals("{}") ? "" : kinds.toString(), answered);
    }
}
