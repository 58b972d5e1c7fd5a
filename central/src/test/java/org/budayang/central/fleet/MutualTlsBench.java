package org.budayang.central.fleet;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.TestFleet;
import org.budayang.central.db.TestDatabases;

/**
 * Benchmark, not a test: the cost of kiosk authentication by client certificate on one central (H2, this
 * machine). Prints (1) authenticated GETs over kept-alive mutual-TLS connections (certificate check + kiosk
 * lookup per request), (2) the same with a new TLS connection (full handshake with client certificate) per
 * request, (3) enrolments per second (CSR check, signing, one transaction). Arguments: threads (default 8),
 * requests per thread (default 500).
 */
public final class MutualTlsBench {
    private MutualTlsBench() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int perThread = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        try (PlatformServer central = PlatformServer.start(TestDatabases.Kind.H2, new MutableClock(Instant.now()))) {
            String route = central.tlsUrl() + "/api/v1/test/applications/none";
            List<TestFleet.Kiosk> kiosks = new ArrayList<>();
            long enrolStart = System.nanoTime();
            for (int i = 0; i < threads; i++) {
                kiosks.add(TestFleet.enrol(central.url(), central.tlsUrl()));
            }
            double enrolSeconds = (System.nanoTime() - enrolStart) / 1e9;
            System.out.printf("enrolment (ops code + CSR + signing, sequential): %d in %.2f s = %.1f/s%n", threads,
                    enrolSeconds, threads / enrolSeconds);
            run("warm-up", kiosks, route, 50, false);
            run("kept-alive mTLS GET", kiosks, route, perThread, false);
            run("new handshake per GET", kiosks, route, Math.max(20, perThread / 10), true);
        }
    }

    private static void run(String name, List<TestFleet.Kiosk> kiosks, String route, int perThread, boolean fresh)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(kiosks.size());
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (TestFleet.Kiosk kiosk : kiosks) {
            results.add(pool.submit(() -> {
                long[] nanos = new long[perThread];
                for (int i = 0; i < perThread; i++) {
                    HttpClient client = fresh ? TestFleet.client(kiosk.keys(), kiosk.chain(), TestFleet.ca()
                            .certificate()) : kiosk.client();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = TestFleet.send(client, "GET", route, null);
                    nanos[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 404) {
                        throw new IllegalStateException("expected the route's 404, got " + response.statusCode()
                                + " " + response.body());
                    }
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            Arrays.stream(result.get()).forEach(all::add);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(Long::compare);
        if (!name.equals("warm-up")) {
            System.out.printf("%-24s %6d requests, %2d kiosks: %8.1f req/s  p50 %6.2f ms  p99 %6.2f ms%n", name,
                    all.size(), kiosks.size(), all.size() / seconds, all.get(all.size() / 2) / 1e6,
                    all.get((int) (all.size() * 0.99)) / 1e6);
        }
    }
}
