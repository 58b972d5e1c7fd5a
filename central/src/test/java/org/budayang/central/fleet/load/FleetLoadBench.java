package org.budayang.central.fleet.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.central.BenchAccess;
import org.budayang.central.fleet.tls.KioskCa;

/**
 * bench/fleet-load.sh: {@code --kiosks} enrolled kiosks ({@link BulkEnrolment}) of which {@code --connected} are
 * driven, each with its own key and client certificate from central's kiosk CA and its own kept-alive
 * HTTPS/1.1 connection ({@link KioskLink}), against one central wired as CentralMain wires it (mutual TLS, kiosk
 * certificate check, rate limit, idempotency, fleet operations) on an H2 file or an embedded PostgreSQL. This
 * sandbox allows 20,000 open files per process and both ends of every connection live in this one, so at most
 * ~9,000 kiosks can hold a connection: the aggregate rate comes from a shorter interval (8,500 kiosks at 12.7 s =
 * 20,000 kiosks at 30 s = 667 heartbeats/s; central's work per request is the same). Every driven kiosk sends a
 * heartbeat per cycle and polls its commands half a cycle later; per rate ({@code --rates}, heartbeats/s, as many
 * polls/s) the run is open loop ({@link LoadRun}) and the largest rate held with heartbeat p99 ≤ 100 ms and no
 * error is reported. With {@code --burst K} an outage of K kiosks ends during a run at {@code --burst-rate}: each
 * delivers its outbox (heartbeat, poll, {@code --burst-records} transaction records) over a new TLS connection.
 *
 * <p>{@code --db h2|postgres --kiosks 20000 --connected 8500 --rates 400,667,900 --seconds 30 --burst 1000
 * --burst-rate 667 --burst-records 5 --pool 16 --workers 128 --jit-seconds 20}
 */
public final class FleetLoadBench {
    private FleetLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.ofEntries(Map.entry("--db", "h2"),
                Map.entry("--kiosks", "20000"), Map.entry("--connected", "8500"), Map.entry("--rates", "400,667,900"),
                Map.entry("--seconds", "30"), Map.entry("--burst", "1000"), Map.entry("--burst-rate", "667"),
                Map.entry("--burst-seconds", "10"), Map.entry("--burst-records", "5"), Map.entry("--pool", "16"),
                Map.entry("--workers", "128"), Map.entry("--jit-seconds", "20"),
                Map.entry("--dir", "target/bench/fleet-load")));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i])) {
                System.err.println("unknown option " + args[i] + "; options: " + options.keySet());
                System.exit(2);
            }
            options.put(args[i], args[i + 1]);
        }
        int kiosks = Integer.parseInt(options.get("--kiosks"));
        int connected = Math.min(kiosks, Integer.parseInt(options.get("--connected")));
        int seconds = Integer.parseInt(options.get("--seconds"));
        String db = options.get("--db");
        Path dir = Path.of(options.get("--dir"), db + "-" + UUID.randomUUID());
        Files.createDirectories(dir);
        Properties properties = new Properties();
        properties.setProperty("db.poolSize", options.get("--pool"));
        EmbeddedPostgres postgres = null;
        if (db.equals("postgres")) {
            postgres = EmbeddedPostgres.builder().start();
            properties.setProperty("db.url", postgres.getJdbcUrl("postgres", "postgres"));
            properties.setProperty("db.user", "postgres");
            properties.setProperty("db.password", "postgres");
        } else if (!db.equals("h2")) {
            System.err.println("--db is h2 or postgres, not " + db);
            System.exit(2);
        }
        BenchAccess.Running central = BenchAccess.startCentral(properties, dir, Clock.systemUTC());
        URI tls = URI.create(central.server().tlsUrl().orElseThrow());
        KioskCa ca = KioskCa.load(dir.resolve("kiosk-ca").resolve(KioskCa.CERT_FILE),
                dir.resolve("kiosk-ca").resolve(KioskCa.KEY_FILE), new SecureRandom());
        long t0 = System.nanoTime();
        List<BulkEnrolment.SimKiosk> enrolled = BulkEnrolment.enrol(ca, central.database().dataSource(), kiosks,
                connected);
        System.out.printf("fleet-load: %s, %d kiosks enrolled in %.1f s (bench-only bulk path: rows in JDBC batches;"
                + " the %d driven ones with their own EC key and a certificate from central's KioskCa, each on its own"
                + " kept-alive TLS connection), central %s%n", db, kiosks, (System.nanoTime() - t0) / 1e9, connected, tls);
        InetSocketAddress address = new InetSocketAddress(tls.getHost(), tls.getPort());
        List<KioskLink> links = new ArrayList<>(connected);
        for (BulkEnrolment.SimKiosk kiosk : enrolled) {
            links.add(new KioskLink(kiosk, address, true));
        }
        KioskLink.Counters counters = new KioskLink.Counters();
        ExecutorService workers = Executors.newFixedThreadPool(Integer.parseInt(options.get("--workers")));
        firstHeartbeats(links, counters);
        LoadRun load = new LoadRun(links, workers, counters);
        int jit = Integer.parseInt(options.get("--jit-seconds"));
        if (jit > 0) {
            LoadRun.Result warm = load.run(300, jit, 0, 0, 0);
            System.out.printf("warm-up: %d s at 300 heartbeats/s for the JIT, not counted (heartbeat %s)%n", jit,
                    warm.heartbeats().summary());
        }
        double best = 0;
        for (String text : options.get("--rates").split(",")) {
            double rate = Double.parseDouble(text.strip());
            double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpu = processCpuNanos();
            long server = serverCpuNanos();
            LoadRun.Result result = load.run(rate, seconds, 0, 0, 0);
            print(db, rate, result, load1, cpu, server, "steady");
            if (result.heartbeats().errors.get() == 0 && result.polls().errors.get() == 0
                    && result.heartbeats().quantile(0.99) <= 100 && result.achieved() >= rate * 0.98) {
                best = Math.max(best, rate);
            } else if (result.heartbeats().quantile(0.99) > 5_000 || result.achieved() < rate * 0.8) {
                System.out.printf("%s: central fell behind at %.0f/s; higher rates skipped%n", db, rate);
                drain(workers);
                break;
            }
        }
        System.out.printf("%s: largest rate held with heartbeat p99 <= 100 ms and no error: %.0f heartbeats/s "
                + "(+ as many polls/s) = %d kiosks at 30 s%n", db, best, Math.round(best * 30));
        int burst = Integer.parseInt(options.get("--burst"));
        if (burst > 0) {
            double rate = Double.parseDouble(options.get("--burst-rate"));
            double load1 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpu = processCpuNanos();
            long server = serverCpuNanos();
            LoadRun.Result result = load.run(rate, seconds, burst, Integer.parseInt(options.get("--burst-seconds")),
                    Integer.parseInt(options.get("--burst-records")));
            print(db, rate, result, load1, cpu, server, "outage end: " + burst + " kiosks");
            System.out.printf("%-8s   outbox burst (%d kiosks over %s s, each: new TLS connection, heartbeat, poll, "
                    + "%s transaction records): %s%n", db, burst, options.get("--burst-seconds"),
                    options.get("--burst-records"), result.burst().summary());
        }
        workers.shutdownNow();
        central.server().stop();
        if (postgres != null) {
            postgres.close();
        }
        System.exit(0);
    }

    private static void print(String db, double rate, LoadRun.Result result, double load1, long cpuBefore,
                              long serverBefore, String phase) {
        long requests = result.heartbeats().answered() + result.polls().answered() + result.burst().answered();
        double cpuMs = (processCpuNanos() - cpuBefore) / 1e6 / Math.max(1, requests);
        double serverMs = (serverCpuNanos() - serverBefore) / 1e6 / Math.max(1, requests);
        System.out.printf("%-8s rate %5.0f/s (= %5d kiosks at 30 s) %s: achieved %6.1f heartbeats/s, TLS handshakes "
                        + "%d, stale reopened %d, cpu %.2f ms/request (whole JVM), %.2f ms/request in central's "
                        + "Jetty threads, load %.2f%n%-8s   heartbeats %s%n%-8s   polls      %s%n", db, rate,
                Math.round(rate * 30), phase, result.achieved(), result.handshakes(), result.reopened(), cpuMs,
                serverMs, load1, db, result.heartbeats().summary(), db, result.polls().summary());
    }

    /** Waits until the workers have sent every request of a run that fell behind (at most five minutes). */
    private static void drain(ExecutorService workers) throws InterruptedException {
        java.util.concurrent.ThreadPoolExecutor pool = (java.util.concurrent.ThreadPoolExecutor) workers;
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while ((pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) && System.nanoTime() < end) {
            Thread.sleep(200);
        }
    }

    /**
     * CPU time of central's request threads (Jetty's pool: TLS, HTTP, handlers and, for H2, the database work;
     * PostgreSQL's own processes are not in it), so that a figure holds when other programs share the machine.
     */
    private static long serverCpuNanos() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("JettyServerThreadPool")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** Every driven kiosk's first heartbeat (TLS handshake, state row), 16 at a time; they stay connected. */
    private static void firstHeartbeats(List<KioskLink> links, KioskLink.Counters counters)
            throws InterruptedException {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger failed = new AtomicInteger();
        for (KioskLink link : links) {
            pool.execute(() -> {
                try {
                    KioskLink.Answer answer = link.send("POST", "/api/v1/heartbeats", LoadRun.key(),
                            Bodies.heartbeat(link, 0), counters);
                    if (answer.status() != 202 && failed.incrementAndGet() <= 3) {
                        System.out.println("first heartbeat of " + link.kioskId() + ": " + answer);
                    }
                } catch (java.io.IOException e) {
                    if (failed.incrementAndGet() <= 3) {
                        System.out.println("first heartbeat of " + link.kioskId() + ": " + e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        System.out.printf("first heartbeat of every kiosk (TLS handshake each, 16 at a time): %.1f s, %d failed%n",
                (System.nanoTime() - t0) / 1e9, failed.get());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
