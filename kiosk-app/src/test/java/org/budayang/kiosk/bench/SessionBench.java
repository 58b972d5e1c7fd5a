package org.budayang.kiosk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budayang.kiosk.journal.OutboxState;
import org.budayang.kiosk.ui.ScreenshotTool;

/**
 * Complete citizen sessions through the kiosk UI (Monocle headless) with the real JournalledServiceDesk against a
 * REAL central child process and the ESC/POS printer emulator (see {@link SessionRobot}). The first session is
 * 社会保险个人参保证明打印 and its taps after the card are printed by name; then sessions mix it with
 * 基本医疗保险参保凭证打印 and 社会保险个人权益记录查询. Prints heap used after GC and RSS after session 200 and at
 * the end, their ratio, sessions per minute, receipts printed, outbox records delivered and every failure.
 *
 * <pre>
 *   SessionBench [sessions=2000] [item,item,...]     (bench/kiosk-soak.sh N [items])
 * </pre>
 */
public final class SessionBench {
    private static final int FIRST_MEASURE = 200;
    private static final List<String> MIX = List.of(SessionRobot.INSURANCE_PROOF, SessionRobot.MEDICAL_VOUCHER,
            SessionRobot.INSURANCE_PROOF, SessionRobot.RIGHTS_RECORD);

    private SessionBench() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<String> mix = args.length > 1 ? List.of(args[1].split(",")) : MIX;
        ScreenshotTool.headless();
        System.setProperty("headless.geometry", "1920x1080-32");
        Path dir = Files.createTempDirectory("kiosk-soak");
        long started;
        long firstAt = 0;
        double[] first = null;
        Map<String, Integer> failures = new LinkedHashMap<>();
        int done = 0;
        try (BenchCentral central = new BenchCentral(dir.resolve("central"));
             BenchDesk desk = new BenchDesk(dir.resolve("kiosk"), central, System.getProperty("bench.cups"));
             BenchKiosk kiosk = new BenchKiosk(desk.desk)) {
            System.out.printf("central %s started (log %s); kiosk data %s%n", central.url(), central.log(),
                    dir.resolve("kiosk"));
            SessionRobot robot = new SessionRobot(kiosk);
            started = System.nanoTime();
            for (int s = 1; s <= sessions; s++) {
                String item = mix.get((s - 1) % mix.size());
                try {
                    robot.session(item);
                    done++;
                    if (s == 1) {
                        System.out.printf("session 1, %s: %d taps after the card was placed: %s (before the card: "
                                + "%s; the face is captured without a tap) (target <= 6)%n", item,
                                robot.tapsAfterCard.size(), String.join(" → ", robot.tapsAfterCard),
                                String.join(" → ", robot.tapsBeforeCard));
                    }
                } catch (Exception | AssertionError e) {
                    String key = item + ": " + e.getClass().getSimpleName() + " " + e.getMessage();
                    failures.merge(key, 1, Integer::sum);
                    System.out.printf("session %d FAILED (%s)%n", s, key);
                    robot.reset();
                }
                if (s == 10 || s == 50 || s % 100 == 0 || s == sessions) {
                    double[] m = measure();
                    System.out.printf("  scroll panes in the scene graph now: %d; nodes in the scene graph: %d%n",
                            kiosk.count(".scroll-pane"), kiosk.count("*"));
                    System.out.printf("after session %d: heap used after GC %.1f MB, RSS %.1f MB, %d completed, "
                            + "%.1f sessions/min so far, receipts printed %d%s%n", s, m[0], m[1], done,
                            done / ((System.nanoTime() - started) / 6e10), desk.receipts(), first == null ? ""
                            : String.format(" (heap %+.1f%%, RSS %+.1f%% against session %d)",
                            100 * (m[0] / first[0] - 1), 100 * (m[1] / first[1] - 1), firstAt));
                    if (s == FIRST_MEASURE || first == null && s == sessions) {
                        first = m;
                        firstAt = s;
                    }
                }
            }
            double minutes = (System.nanoTime() - started) / 6e10;
            double[] last = measure();
            System.out.printf("%d sessions in %.1f min: %.1f sessions/min, %d completed, %d failed; receipts printed "
                    + "%d%n", sessions, minutes, sessions / minutes, done, sessions - done, desk.receipts());
            if (first != null) {
                System.out.printf("heap after GC: session %d %.1f MB, end %.1f MB, ratio %.3f (%+.1f%%); RSS: session "
                        + "%d %.1f MB, end %.1f MB, ratio %.3f (%+.1f%%) (target within 10 %%)%n", firstAt, first[0],
                        last[0], last[0] / first[0], 100 * (last[0] / first[0] - 1), firstAt, first[1], last[1],
                        last[1] / first[1], 100 * (last[1] / first[1] - 1));
            }
            Thread.sleep(2000);
            System.out.printf("outbox: %d delivered to central, %d pending, %d dead%n",
                    desk.journal.outbox().records(OutboxState.SENT).size(),
                    desk.journal.outbox().records(OutboxState.PENDING).size(),
                    desk.journal.outbox().records(OutboxState.DEAD).size());
            System.out.printf("face captures taken: %d for %d sessions (central rejected the others; each retry is a "
                    + "new capture)%n", kiosk.camera.captures(), sessions);
            failures.forEach((k, n) -> System.out.printf("failure ×%d: %s%n", n, k));
            System.out.printf("load average at the end: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        }
    }

    /** {heap used after two GCs, RSS} in MB. */
    private static double[] measure() throws IOException, InterruptedException {
        System.gc();
        Thread.sleep(200);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long rssKb = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
        return new double[] {heap / 1048576.0, rssKb / 1024.0};
    }
}
