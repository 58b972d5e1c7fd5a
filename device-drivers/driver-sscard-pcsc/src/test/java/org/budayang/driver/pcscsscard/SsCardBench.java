package org.budayang.driver.pcscsscard;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.budayang.driver.sscard.SocialSecurityCardReader;

/**
 * Benchmarks of the pcsc-sscard driver (run by bench/sscard.sh; not a unit test):
 * <ol>
 *   <li>codec: the whole basics read (12 APDUs) against the jcardsim applet in process, reads per second;</li>
 *   <li>driver: readCard through a real pcscd and vpcd against the virtual card (connect, 12 APDUs, disconnect),
 *       from the call to the card delivered, p50/p95/p99/max over the given number of reads after 10 warm-up
 *       reads; target p95 ≤ 300 ms (issue #6).</li>
 * </ol>
 * The virtual card answers at once: the figures are the driver's and PC/SC's cost, not a real card's T=0 line
 * time (a real card at 9600 baud adds about 12 ms per APDU for these short records).
 */
public final class SsCardBench {

    private SsCardBench() {
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        codec();
        driver(reads);
        System.exit(0); // the card watcher and pcscd hook threads must not keep the JVM
    }

    private static void codec() throws Exception {
        SimCard sim = SimCard.of(CardImage.lanzhou());
        BasicsCodec codec = new BasicsCodec(sim::transmit);
        for (int i = 0; i < 2_000; i++) {
            codec.read();
        }
        int n = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            codec.read();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "codec (jcardsim applet in process, 12 APDUs per read): %,.0f reads/s%n",
                n / seconds);
    }

    private static void driver(int reads) throws Exception {
        Pcscd pcscd = Pcscd.ensure();
        try (VirtualCard card = VirtualCard.of(CardImage.lanzhou())) {
            pcscd.awaitCard();
            SocialSecurityCardReader reader = (SocialSecurityCardReader) new PcscSocialSecurityCardReaderProvider()
                    .create(new DriverContext("socialCardReader", DriverSettings.of("socialCardReader",
                            Map.of("reader", Pcscd.READER)), Clock.systemUTC()));
            reader.open();
            reader.enable();
            try {
                for (int i = 0; i < 10; i++) {
                    read(reader);
                }
                long[] micros = new long[reads];
                for (int i = 0; i < reads; i++) {
                    long start = System.nanoTime();
                    read(reader);
                    micros[i] = (System.nanoTime() - start) / 1_000;
                }
                Arrays.sort(micros);
                System.out.printf(Locale.ROOT, "readCard through pcscd + vpcd (virtual card, %d reads): p50 %.1f ms,"
                        + " p95 %.1f ms, p99 %.1f ms, max %.1f ms; target p95 <= 300 ms: %s%n", reads,
                        ms(micros, 0.50), ms(micros, 0.95), ms(micros, 0.99), micros[reads - 1] / 1000.0,
                        ms(micros, 0.95) <= 300 ? "met" : "NOT MET");
            } finally {
                reader.close();
            }
        }
    }

    private static void read(SocialSecurityCardReader reader) throws Exception {
        Outcome<SocialSecurityCard> outcome = reader.readCard(Deadline.in(Duration.ofSeconds(5)), CancelToken.none());
        if (!outcome.isSuccess()) {
            throw new IllegalStateException("bench read failed: " + outcome);
        }
    }

    private static double ms(long[] sortedMicros, double quantile) {
        int index = (int) Math.ceil(quantile * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, index)] / 1000.0;
    }
}
