package org.budayang.central.documents;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.budayang.central.db.Database;
import org.budayang.central.db.DatabaseConfig;

/**
 * Benchmark (run by {@code bench/documents.sh}, not a test): certificate generation, render + sign,
 * warm, over N documents of a one-page and a three-page certificate; prints p50/p95/max and bytes
 * per page.
 */
public final class DocumentsBench {
    private DocumentsBench() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        SigningKeys keys = SigningKeys.generate("Bench CA", Clock.systemUTC());
        try (Database db = Database.open(DatabaseConfig.h2Memory("bench"))) {
            DocumentService service = new DocumentService(new SampleDocuments(), new DocumentRenderer(CjkFont.bundled()),
                    keys, new DocumentRepository(db.dataSource()), "http://127.0.0.1:8080", Clock.systemUTC());
            for (int months : new int[] {6, 36}) {
                DocumentContent content = new SampleDocuments(months).pension("张小三", SampleDocuments.ZHANG);
                run(service, content, warmup, count, months);
            }
        }
    }

    private static void run(DocumentService service, DocumentContent content, int warmup, int count, int months) {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < warmup; i++) {
            service.produce(content, VerificationCode.random(random), Instant.now());
        }
        long[] nanos = new long[count];
        long bytes = 0;
        int pages = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            DocumentService.Signed signed = service.produce(content, VerificationCode.random(random), Instant.now());
            nanos[i] = System.nanoTime() - start;
            bytes += signed.pdf().length;
            pages += signed.pages();
        }
        long renderNanos = 0;
        DocumentRenderer renderer = new DocumentRenderer(CjkFont.bundled(1));
        for (int i = 0; i < count / 4; i++) {
            long start = System.nanoTime();
            renderer.render(content, VerificationCode.random(random), "http://127.0.0.1:8080/verify/x");
            renderNanos += System.nanoTime() - start;
        }
        System.out.printf(Locale.ROOT, "  of which rendering alone: mean %.1f ms%n", renderNanos / 1e6 / (count / 4));
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "certificate (%d table rows, %d page(s)): n=%d warm-up=%d  p50 %.1f ms  "
                        + "p95 %.1f ms  max %.1f ms  %d bytes/page%n", months, pages / count, count, warmup,
                nanos[count / 2] / 1e6, nanos[(int) Math.ceil(count * 0.95) - 1] / 1e6, nanos[count - 1] / 1e6,
                bytes / pages);
    }
}
