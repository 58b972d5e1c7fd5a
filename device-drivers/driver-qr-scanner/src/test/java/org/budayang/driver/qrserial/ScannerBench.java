package org.budayang.driver.qrserial;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.DeviceEnd;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.PipeLinks;
import org.budayang.driver.qrserial.emulator.DemoCodes;
import org.budayang.driver.qrserial.emulator.ScannerEmulator;
import org.budayang.driver.testkit.LoopbackSockets;
import org.budayang.driver.testkit.SocatPty;

/**
 * Benchmark of the qr-serial driver (run by bench/scanner.sh; not a unit test): the latency from a scan on the
 * emulator (the call that hands the code's bytes to the emulator's sender) to the driver's code listener, one scan
 * at a time, median / p95 / p99 / max over N scans after 200 warm-up scans, for a 64-character 医保电子凭证-like
 * token and an 18-digit payment code, over a socat pty pair (SerialLink on both ends; the driver's link built by
 * Links.opener from settings, as in the kiosk), and for comparison over loopback TCP and in-memory pipes.
 * Needs socat (Debian package socat). Prints its figures.
 */
public final class ScannerBench {
    private static final int WARM_UP = 200;

    private ScannerBench() {
    }

    public static void main(String[] args) throws Exception {
        int scans = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        ScannerEmulator emulator = new ScannerEmulator(Probe.NEWLAND, ScanEncoding.UTF_8, Terminator.CR);
        try (SocatPty pty = SocatPty.start();
             DeviceEnd end = DeviceEnd.start("QR scanner emulator", emulator::serve,
                     pty.deviceOpener(115_200), Duration.ofMillis(10), "pty")) {
            awaitServing(emulator);
            run("socat pty pair", emulator, pty.hostSettings(115_200), null, scans);
        }
        try (LoopbackSockets sockets = LoopbackSockets.open();
             DeviceEnd end = DeviceEnd.start("QR scanner emulator", emulator::serve,
                     () -> sockets.accept(Duration.ofMillis(200)),
                     Duration.ofMillis(10), "tcp")) {
            run("loopback TCP", emulator, sockets.hostSettings(), null, scans);
        }
        LinkOpener pipes = () -> {
            PipeLinks.Pair pair = PipeLinks.pair("pipe qr");
            Thread serving = new Thread(() -> emulator.serve(pair.device()), "bench-pipe-emulator");
            serving.setDaemon(true);
            serving.start();
            return pair.host();
        };
        run("in-memory pipes", emulator, Map.of("link", "tcp", "host", "127.0.0.1", "tcpPort", "1"), pipes, scans);
        emulator.close();
    }

    private static void run(String link, ScannerEmulator emulator, Map<String, String> linkSettings,
                            LinkOpener override, int scans) throws Exception {
        Map<String, String> values = new HashMap<>(linkSettings);
        DriverSettings settings = DriverSettings.of("qrScanner", values);
        QrSerialScannerProvider provider = override == null ? new QrSerialScannerProvider()
                : new QrSerialScannerProvider(checked -> override, org.budayang.driver.link.Links.SETTING_KEYS);
        QrSerialScanner scanner = (QrSerialScanner) provider.create(new DriverContext("qrScanner", settings,
                Clock.systemUTC()));
        SynchronousQueue<Heard> heard = new SynchronousQueue<>();
        scanner.onCode(code -> {
            long at = System.nanoTime();
            try {
                heard.put(new Heard(code.text(), at));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        scanner.open();
        scanner.enable();
        try {
            DemoCodes codes = new DemoCodes(42);
            measure(link + ", 64-char token", emulator, heard, codes::ectoken, scans);
            measure(link + ", 18-digit pay code", emulator, heard, codes::wechatPay, scans);
            long dropped = scanner.dropped().values().stream().mapToLong(Long::longValue).sum();
            System.out.println("  dropped lines: " + dropped);
        } finally {
            scanner.close();
        }
    }

    /** A code as the listener got it, and when. */
    private record Heard(String text, long atNanos) {
    }

    private static void measure(String what, ScannerEmulator emulator, SynchronousQueue<Heard> heard,
                                java.util.function.Supplier<String> code, int scans) throws Exception {
        long[] micros = new long[scans];
        for (int i = -WARM_UP; i < scans; i++) {
            String text = code.get();
            long start = System.nanoTime();
            emulator.scan(text);
            Heard got = heard.poll(5, TimeUnit.SECONDS);
            if (got == null) {
                throw new IllegalStateException(what + ": scan " + i + " was not delivered within 5 s");
            }
            if (!got.text().equals(text)) {
                throw new IllegalStateException(what + ": scan " + i + " delivered a different code");
            }
            if (i >= 0) {
                micros[i] = (got.atNanos() - start) / 1_000;
            }
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%-40s scans=%d  median=%.3f ms  p95=%.3f ms  p99=%.3f ms  max=%.3f ms%n", what,
                scans, micros[scans / 2] / 1000.0, micros[(int) (scans * 0.95)] / 1000.0,
                micros[(int) (scans * 0.99)] / 1000.0, micros[scans - 1] / 1000.0);
    }

    private static void awaitServing(ScannerEmulator emulator) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (!emulator.isServing() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
    }
}
