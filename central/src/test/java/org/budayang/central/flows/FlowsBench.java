package org.budayang.central.flows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budayang.api.ApiPaths;
import org.budayang.api.services.Satisfaction;
import org.budayang.central.db.TestDatabases;

/**
 * Benchmark of the flows endpoints (not a test): central with the flows module over H2 or embedded PostgreSQL, a
 * real HTTP client posting evaluations (every fifth a 差评 with its follow-up), transaction records and help
 * requests, first from one thread, then from {@code threads}; every tenth request repeats an id. Prints p50 / p95 /
 * max per request and the throughput.
 *
 * <p>{@code java -cp <test class path> org.budayang.central.flows.FlowsBench [H2|POSTGRESQL] [COUNT=600] [THREADS=8]}
 */
public final class FlowsBench {
    private FlowsBench() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabases.Kind kind = TestDatabases.Kind.valueOf(args.length > 0 ? args[0] : "H2");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        try (FlowsFixture central = new FlowsFixture(kind, Instant.now(), Map.of())) {
            run(central, "warm-up", "w", count / 4, 1);
            run(central, "1 thread", "s", count, 1);
            run(central, threads + " threads", "p", count, threads);
            System.out.printf("stored: %d evaluations, %d follow-ups, %d transactions, %d help requests (%s)%n",
                    central.count("flow_evaluation"), central.count("flow_evaluation_follow_up"),
                    central.count("flow_transaction"), central.count("flow_help_request"), kind);
        }
    }

    private static void run(FlowsFixture central, String label, String prefix, int count, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Long> evaluations = Collections.synchronizedList(new ArrayList<>());
        List<Long> transactions = Collections.synchronizedList(new ArrayList<>());
        List<Long> help = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    int id = n % 10 == 9 ? n - 1 : n; // every tenth repeats the previous id
                    Satisfaction level = n % 5 == 0 ? Satisfaction.VERY_DISSATISFIED : Satisfaction.SATISFIED;
                    timed(evaluations, () -> central.post(ApiPaths.EVALUATIONS, EvaluationsHttpTest.evaluation(
                            prefix + "-ev-" + id + "-bench", "GG00031001", level,
                            level.negative() ? List.of("设备故障") : List.of()), prefix + "-ek-" + n + "-bench"), 201, 200);
                    timed(transactions, () -> central.post(ApiPaths.TRANSACTIONS, TransactionsHttpTest.transaction(
                            prefix + "-tx-" + id + "-bench", "GG00041001", "COMPLETED", null),
                            prefix + "-tk-" + n + "-bench"), 201, 200);
                    if (n % 20 == 0) {
                        timed(help, () -> central.post(ApiPaths.HELP_REQUESTS, HelpRequestsHttpTest.help(
                                prefix + "-help-" + n + "-bench"), prefix + "-hk-" + n + "-bench"), 201, 201);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int requests = evaluations.size() + transactions.size() + help.size();
        System.out.printf("%-10s %5d requests in %.2f s = %.0f requests/s | evaluation %s | transaction %s | help %s%n",
                label, requests, seconds, requests / seconds, figures(evaluations), figures(transactions),
                figures(help));
    }

    private static void timed(List<Long> sink, java.util.function.Supplier<FlowsFixture.Reply> call, int created,
                              int repeated) {
        long t0 = System.nanoTime();
        FlowsFixture.Reply reply = call.get();
        sink.add(System.nanoTime() - t0);
        if (reply.status() != created && reply.status() != repeated) {
            throw new IllegalStateException("unexpected answer " + reply);
        }
    }

    private static String figures(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "-";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms p95 %.1f ms max %.1f ms", sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.95)) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
    }
}
