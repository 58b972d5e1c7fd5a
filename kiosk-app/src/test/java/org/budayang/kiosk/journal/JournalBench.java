package org.budayang.kiosk.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.budayang.kiosk.catalog.CentralClient;

/**
 * Benchmark of the journal (bench/journal.sh): intend + done of one step with synchronous=FULL on the disk that
 * holds {@code dir}, and an outbox record from append to stored by a local HTTP server (JDK HttpServer on
 * loopback, through the real CentralSender/CentralClient and the deliverer thread). Prints min, p50, p95, max.
 * Usage: {@code JournalBench <dir> [STEPS=1000] [DELIVERIES=300]}
 */
public final class JournalBench {
    private JournalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int deliveries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Journal journal = JournalFixture.open(dir)) {
            for (int i = 0; i < 50; i++) { // warm-up
                JournalTx tx = journal.begin("PRINT_CERTIFICATE", "XK00001001", JournalFixture.PERSONAL);
                tx.intend("PRINT", "{\"doc\":\"D\"}").done("{\"pages\":1}");
                tx.finish();
            }
            long[] stepNanos = new long[steps];
            JournalTx tx = null;
            for (int i = 0; i < steps; i++) {
                if (i % 50 == 0) {
                    if (tx != null) {
                        tx.finish();
                    }
                    tx = journal.begin("PRINT_CERTIFICATE", "XK00001001", JournalFixture.PERSONAL);
                }
                long t0 = System.nanoTime();
                JournalStep step = tx.intend("PRINT", "{\"doc\":\"D-" + i + "\"}");
                step.done("{\"pages\":1}");
                stepNanos[i] = System.nanoTime() - t0;
            }
            tx.finish();
            print("intend+done of one step (2 fsync'd commits, synchronous=FULL, WAL)", stepNanos);

            try (TestInbox inbox = new TestInbox();
                    CentralClient client = new CentralClient(inbox.url());
                    OutboxDeliverer deliverer = new OutboxDeliverer(journal.outbox(), new CentralSender(client),
                            Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(1))) {
                deliverer.start();
                long[] deliveryNanos = new long[deliveries];
                for (int i = -20; i < deliveries; i++) {
                    OutboxMessage m = OutboxMessage.of("EVALUATION", "/api/v1/evaluations",
                            "{\"level\":5,\"item\":\"XK00001001\",\"n\":" + i + "}");
                    long t0 = System.nanoTime();
                    journal.outbox().append(m);
                    deliverer.wake();
                    while (inbox.body(m.idempotencyKey()) == null) {
                        LockSupport.parkNanos(20_000);
                    }
                    if (i >= 0) {
                        deliveryNanos[i] = System.nanoTime() - t0;
                    }
                }
                print("outbox record: append (fsync'd) -> stored by the local HTTP server", deliveryNanos);
            }
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-72s n=%d min %.2f ms  p50 %.2f ms  p95 %.2f ms  max %.2f ms%n", what, sorted.length,
                sorted[0] / 1e6, sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
