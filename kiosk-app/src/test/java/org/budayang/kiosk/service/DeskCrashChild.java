package org.budayang.kiosk.service;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.SignedLetter;
import org.budayang.api.services.TransactionRecord;
import org.budayang.kiosk.catalog.CentralClient;
import org.budayang.kiosk.journal.OutboxState;

/**
 * A headless kiosk (no UI) driving the service desk through one citizen flow, for {@link DeskCrashTest}: it says
 * {@code @@ POINT <step>:<point> <tx>} at the journal point it was asked to stop at and then waits to be killed
 * with SIGKILL. Scenario {@code recover} is the restart: recovery, outbox drained, pending reprints listed (and
 * printed with {@code reprint}).
 *
 * <p>Args: dataDir centralUrl outboxUrl fleetDir printerPort scenario [killAt | reprint] (fleetDir: the kiosk's
 * enrolment, its calls go over mutual TLS)
 */
public final class DeskCrashChild {
    static final String ID_NUMBER = "620102195803150034";
    static final String NAME = "张三";
    static final String PRINT_ITEM = "GG00032001";
    static final String APPLY_ITEM = "QT00012001";

    private DeskCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        URI central = URI.create(args[1]);
        String scenario = args[5];
        String option = args.length > 6 ? args[6] : "";
        DeskEvents stopAt = (txId, step, point) -> {
            if ((step + ":" + point).equals(option)) {
                say("POINT " + step + ":" + point + " " + txId);
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (DeskRig rig = new DeskRig(dataDir, Path.of(args[3]), central, URI.create(args[2]),
                Integer.parseInt(args[4]), stopAt)) {
            switch (scenario) {
                case "print" -> print(rig, item(central, PRINT_ITEM));
                case "apply" -> apply(rig, item(central, APPLY_ITEM));
                case "recover" -> recover(rig, option.equals("reprint"));
                default -> throw new IllegalArgumentException("scenario " + scenario);
            }
        }
        say("END");
        System.out.flush();
        System.exit(0);
    }

    static ServiceDesk.Citizen citizen() {
        return new ServiceDesk.Citizen(new CitizenIdentity(CitizenIdentity.CertType.IDCARD, ID_NUMBER, ""), ID_NUMBER,
                NAME);
    }

    static ServiceItem item(URI central, String basicCode) throws Exception {
        try (CentralClient client = new CentralClient(central)) {
            Catalog catalog = client.fetchCatalog();
            return catalog.items().stream().filter(i -> i.basicCode().equals(basicCode)).findFirst().orElseThrow();
        }
    }

    private static void print(DeskRig rig, ServiceItem item) throws ServiceFailure {
        ServiceTx tx = rig.desk.begin(item, citizen());
        say("TX " + tx.id());
        rig.desk.query(tx, Map.of());
        ServiceDesk.Printed printed = rig.desk.print(tx, Map.of(), line -> { });
        say("PRINTED " + printed.title());
        rig.desk.evaluate(tx, Satisfaction.SATISFIED, List.of());
        rig.desk.finish(tx, TransactionRecord.Outcome.COMPLETED, null);
    }

    static ServiceDesk.Submission submitApplication(JournalledServiceDesk desk, ServiceTx tx) throws ServiceFailure {
        return desk.submit(tx, Map.of("purpose", "就业", "useUnit", "兰州某某科技有限公司"),
                List.of("居民身份证", "无犯罪记录证明申请表", "告知承诺书"), new SignedLetter("QT00012001-v1",
                        Instant.parse("2026-11-27T08:00:00Z")), null);
    }

    private static void apply(DeskRig rig, ServiceItem item) throws ServiceFailure {
        ServiceTx tx = rig.desk.begin(item, citizen());
        say("TX " + tx.id());
        ServiceDesk.Submission submission = submitApplication(rig.desk, tx);
        say("SUBMITTED " + submission.number());
        rig.desk.print(tx, Map.of(), line -> { });
        say("PRINTED");
        rig.desk.evaluate(tx, Satisfaction.VERY_SATISFIED, List.of());
        rig.desk.finish(tx, TransactionRecord.Outcome.COMPLETED, null);
    }

    private static void recover(DeskRig rig, boolean reprint) throws Exception {
        JournalRecovery.Report report = rig.recovery.run();
        say("RECOVERED " + report.settled() + " " + report.submissionsConfirmed() + " " + report.submissionsReplayed()
                + " " + report.reprintsOffered()
                + " " + report.unresolved());
        rig.deliverer.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!rig.journal.outbox().records(OutboxState.PENDING).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        say("PENDING_OUTBOX " + rig.journal.outbox().records(OutboxState.PENDING).size());
        List<ServiceDesk.PendingReprint> pending = rig.desk.pendingReprints(citizen().identity());
        say("REPRINTS " + pending.size());
        if (reprint) {
            for (ServiceDesk.PendingReprint p : pending) {
                say("REPRINTED " + rig.desk.reprint(p, line -> { }).title());
            }
            say("REPRINTS_AFTER " + rig.desk.pendingReprints(citizen().identity()).size());
        }
    }

    static void say(String line) {
        System.out.println("@@ " + line);
        System.out.flush();
    }
}
