package org.budayang.driver.escpos;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.budayang.driver.printer.receipts.AcceptanceReceipt;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.Receipt;

/**
 * A 受理凭证 encoded and printed through the real driver to the emulator, over a socat pty and over loopback TCP:
 * each run is status before, the job's bytes, the wait for the printer's {@code GS r 1} (processed), status after.
 * Prints median, p95 and max of the runs (target: 20 ms or less), and the encoder alone. Run by bench/escpos.sh.
 */
public final class EscPosBench {

    private EscPosBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Receipt receipt = new AcceptanceReceipt("兰州市公安局城关分局", "居民身份证换领", "620102-GA-20261127-000123",
                "张小三", "620102195803150034", LocalDateTime.of(2026, 11, 27, 9, 15), LocalDate.of(2026, 12, 27),
                "https://zwfw.gansu.gov.cn/bjcx?bjbh=620102-GA-20261127-000123").toReceipt();
        ReceiptEncoder encoder = new ReceiptEncoder(48, TextEncoding.GB18030);
        long[] encode = new long[runs * 10];
        for (int i = 0; i < warmup * 10; i++) {
            encoder.encode(receipt);
        }
        for (int i = 0; i < encode.length; i++) {
            long start = System.nanoTime();
            encoder.encode(receipt);
            encode[i] = System.nanoTime() - start;
        }
        System.out.printf("受理凭证: %d bytes, 48 columns, GB18030%n", encoder.encode(receipt).length);
        report("encode only", encode);
        for (CableKind kind : CableKind.values()) {
            try (Rig rig = new Rig(kind).started()) {
                for (int i = 0; i < warmup; i++) {
                    print(rig, "warm-" + i, receipt);
                }
                long[] times = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    print(rig, "run-" + i, receipt);
                    times[i] = System.nanoTime() - start;
                }
                int printed = rig.emulator.awaitReceipts(runs + warmup, Rig.PATIENT).size();
                if (printed != runs + warmup) {
                    throw new IllegalStateException("the emulator has " + printed + " receipts, expected "
                            + (runs + warmup));
                }
                report("encode + print over " + switch (kind) {
                    case PTY -> "pty (socat, serial link)";
                    case FILE -> "pty opened as a device file";
                    case TCP -> "tcp loopback";
                },
                        times);
            }
        }
    }

    private static void print(Rig rig, String id, Receipt receipt) throws Exception {
        Outcome<PrintJob> outcome = rig.print(id, receipt);
        if (!outcome.isSuccess()) {
            throw new IllegalStateException("job " + id + " was not printed: " + outcome);
        }
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-40s n=%d  median %.3f ms  p95 %.3f ms  max %.3f ms%n", what, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
