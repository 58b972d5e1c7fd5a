package org.budayang.kiosk.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.TransactionRecord;

/**
 * Latencies through the service desk (bench/kiosk-desk.sh): the REAL central in a child JVM (H2, sandbox
 * departments), the REAL escpos driver on the printer emulator over loopback TCP, the journal on the given disk.
 * For N rounds: query, submit (a new 无犯罪记录证明 application, journalled SUBMIT + POST), print (the 受理凭证:
 * journalled PRINT + the receipt through driver and emulator until the printer reports it out), evaluate (EVALUATE
 * step + outbox record in one fsync'd commit), finish. Prints p50 / p95 / max per operation in milliseconds.
 *
 * <p>Args: workDir rounds
 */
public final class DeskBench {
    private DeskBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Files.createDirectories(work);
        Path kiosk = Files.createTempDirectory(work, "kiosk");
        try (CentralProcess central = CentralProcess.start(Files.createTempDirectory(work, "central"));
                PrinterRig printer = new PrinterRig();
                Inbox inbox = new Inbox(central);
                DeskRig rig = new DeskRig(kiosk, central.kioskFleetDir(), central.url(), inbox.url(), printer.port(),
                        DeskEvents.NONE)) {
            rig.deliverer.start();
            ServiceItem apply = DeskCrashChild.item(central.url(), DeskCrashChild.APPLY_ITEM);
            ServiceItem query = DeskCrashChild.item(central.url(), DeskCrashChild.PRINT_ITEM);
            long[][] times = new long[5][rounds];
            for (int warm = 0, failures = 0; warm < 5; warm++) {
                try {
                    round(rig, apply, query, new long[5][1], 0);
                } catch (ServiceFailure coldCentral) {
                    // a central just started answers its first department calls slowly on a loaded machine
                    System.out.println("warm-up round failed (" + coldCentral.code() + "), again");
                    if (++failures > 5) {
                        throw coldCentral;
                    }
                }
            }
            for (int i = 0; i < rounds; i++) {
                round(rig, apply, query, times, i);
            }
            String[] names = {"query", "submit", "print (receipt)", "evaluate", "finish"};
            System.out.printf("rounds: %d (after 5 warm-up rounds); journal on %s%n", rounds, kiosk);
            for (int op = 0; op < names.length; op++) {
                long[] sorted = times[op].clone();
                Arrays.sort(sorted);
                System.out.printf("%-16s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", names[op],
                        sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                        sorted[sorted.length - 1] / 1e6);
            }
        }
        System.exit(0);
    }

    private static void round(DeskRig rig, ServiceItem apply, ServiceItem query, long[][] times, int i)
            throws ServiceFailure {
        ServiceTx q = rig.desk.begin(query, DeskCrashChild.citizen());
        long s = System.nanoTime();
        rig.desk.query(q, Map.of());
        times[0][i] = System.nanoTime() - s;
        rig.desk.finish(q, TransactionRecord.Outcome.COMPLETED, null);

        ServiceTx tx = rig.desk.begin(apply, DeskCrashChild.citizen());
        s = System.nanoTime();
        DeskCrashChild.submitApplication(rig.desk, tx);
        times[1][i] = System.nanoTime() - s;
        s = System.nanoTime();
        rig.desk.print(tx, Map.of(), line -> { });
        times[2][i] = System.nanoTime() - s;
        s = System.nanoTime();
        rig.desk.evaluate(tx, Satisfaction.VERY_SATISFIED, List.of());
        times[3][i] = System.nanoTime() - s;
        s = System.nanoTime();
        rig.desk.finish(tx, TransactionRecord.Outcome.COMPLETED, null);
        times[4][i] = System.nanoTime() - s;
    }
}
