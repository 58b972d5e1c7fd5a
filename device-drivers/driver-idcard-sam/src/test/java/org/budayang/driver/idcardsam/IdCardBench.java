package org.budayang.driver.idcardsam;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcardsam.emulator.ReaderEmulator;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;
import org.budayang.driver.link.PipeLinks;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.driver.testkit.SocatPty;

/**
 * Benchmarks of the idcard-sam driver (run by bench/idcard.sh; not a unit test):
 * <ol>
 *   <li>codec: full read frames (1295 bytes) cut out of a byte stream, checked and decoded into card
 *       records per second, after warm-up;</li>
 *   <li>driver: readCard (find → select → read, from the first command written to the card record
 *       delivered) against the unpaced emulator, p50/p95/p99 over 1,000 reads, over in-memory pipes, over a
 *       socat pty pair (SerialLink on both ends, 115200 baud, which a pty ignores) and over loopback TCP;
 *       the driver is built by its provider from link settings, as in the kiosk;</li>
 *   <li>for information: the same read with the emulator pacing its bytes at 115200 baud (what a real
 *       reader's UART costs: 1329 bytes × 10 bits ≈ 115 ms, of which the read answer's 1295 bytes ≈ 112 ms).</li>
 * </ol>
 * Prints its figures. Needs socat for the pty figures (Debian package socat).
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
        try (SocatPty pty = SocatPty.start();
             DeviceEnd end = DeviceEnd.start("ID card emulator", EMULATOR::serve,
                     pty.deviceOpener(BAUD), Duration.ofMillis(10), "pty")) {
            driver("a socat pty pair at " + BAUD + " baud", fromSettings(pty.hostSettings(BAUD)), reads);
            EMULATOR.pace(true);
            driver("a socat pty pair at " + BAUD + " baud", fromSettings(pty.hostSettings(BAUD)),
                    Math.max(10, reads / 20));
            EMULATOR.pace(false);
        }
        try (LoopbackSockets sockets = LoopbackSockets.open();
             DeviceEnd end = DeviceEnd.start("ID card emulator", EMULATOR::serve,
                     () -> sockets.accept(Duration.ofMillis(200)),
                     Duration.ofMillis(10), "tcp")) {
            driver("loopback TCP", fromSettings(sockets.hostSettings()), reads);
        }
    }

    private static final int BAUD = 115_200;

    /** The link opener the provider would build from these settings (Links.opener). */
    private static LinkOpener fromSettings(Map<String, String> link) {
        return Links.opener(DriverSettings.of("idCardReader", link));
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
            boolean paced = EMULATOR.paced();
            int warmUp = paced ? 5 : Math.min(200, reads);
            for (int i = 0; i < warmUp; i++) {
                read(reader);
            }
            int readsBefore = EMULATOR.received(Command.READ_TEXT_PHOTO);
            long[] nanos = new long[reads];
            for (int i = 0; i < reads; i++) {
                long start = System.nanoTime();
                read(reader);
                nanos[i] = System.nanoTime() - start;
            }
            int readsSeen = EMULATOR.received(Command.READ_TEXT_PHOTO) - readsBefore;
            if (readsSeen != reads) {
                throw new IllegalStateException("the emulator received " + readsSeen + " read commands for " + reads
                        + " reads over " + link);
            }
            Arrays.sort(nanos);
            String note = paced ? "for information: 1329 bytes x 10 bits at " + BAUD + " baud = "
                    + (1329 * 10 * 1000 / BAUD) + " ms on the wire, of which the 1295-byte read answer "
                    + (1295 * 10 * 1000 / BAUD) + " ms" : "target p95 <= 30 ms";
            System.out.printf(Locale.ROOT, "driver readCard over %s, emulator %s, %d reads after %d warm-up:"
                            + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%s)%n", link,
                    paced ? "PACED at " + BAUD + " baud" : "unpaced", reads, warmUp,
                    pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), nanos[nanos.length - 1] / 1e6, note);
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
