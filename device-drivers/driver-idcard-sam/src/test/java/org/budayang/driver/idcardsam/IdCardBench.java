package org.budayang.driver.idcardsam;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.PipeLinks;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;

/**
 * Benchmarks of the idcard-sam driver (run by bench/idcard.sh; not a unit test):
 * <ol>
 *   <li>codec: full read frames (1295 bytes) cut out of a byte stream, checked and decoded into card
 *       records per second, after warm-up;</li>
 *   <li>driver: readCard (find → select → read, from the first command written to the card record
 *       delivered) against the unpaced emulator over in-memory pipes, p50/p95/p99 over 1,000 reads.</li>
 * </ol>
 * Prints its figures.
 */
public final class IdCardBench {

    private IdCardBench() {
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        codec();
        LinkOpener pipes = () -> {
            PipeLinks.Pair pair = PipeLinks.pair("pipe idcard");
            EMULATOR.start(pair.device());
            return pair.host();
        };
        driver("in-memory pipes", pipes, reads);
    }

    static final ReaderEmulator EMULATOR = ReaderEmulator.withDemoCards(0);

    static void codec() throws SamProtocolException {
        IdCard card = EMULATOR.cards().get(0);
        byte[] frame = Response.frame(Sw3.SUCCESS, ReadFrames.encode(card, false));
        byte[] stream = new byte[frame.length * 64];
        for (int i = 0; i < 64; i++) {
            System.arraycopy(frame, 0, stream, i * frame.length, frame.length);
        }
        long checksum = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long frames = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                FrameScanner scanner = FrameScanner.responses();
                scanner.feed(stream);
                for (Scan scan = scanner.next(); scan instanceof Scan.Frame f; scan = scanner.next()) {
                    IdCard decoded = ReadFrames.decode(Response.parse(f.payload()), false);
                    checksum += decoded.idNumber().charAt(17);
                    frames++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "codec round %d%s: %,.0f full read frames parsed and decoded per second%n",
                    round + 1, round < 2 ? " (warm-up)" : "", frames / seconds);
        }
        if (checksum == 0) {
            throw new IllegalStateException("nothing decoded");
        }
    }

    static void driver(String link, LinkOpener opener, int reads) throws Exception {
        SamSettings settings = new SamSettings(Duration.ofMinutes(1), Duration.ofSeconds(5), 1, false);
        try (SamIdCardReader reader = new SamIdCardReader("idCardReader", settings, opener, Clock.systemUTC())) {
            reader.open();
            reader.enable();
            EMULATOR.place(1);
            for (int i = 0; i < 200; i++) {
                read(reader);
            }
            long[] nanos = new long[reads];
            for (int i = 0; i < reads; i++) {
                long start = System.nanoTime();
                read(reader);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "driver readCard over %s, emulator unpaced, %d reads after 200 warm-up:"
                            + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (target p95 <= 30 ms)%n", link, reads,
                    pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6);
        }
    }

    private static void read(SamIdCardReader reader) throws Exception {
        Outcome<IdCard> outcome = reader.readCard(Deadline.in(Duration.ofSeconds(10)), CancelToken.none());
        if (!outcome.isSuccess()) {
            throw new IllegalStateException("read failed: " + outcome);
        }
    }

    private static double pct(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
