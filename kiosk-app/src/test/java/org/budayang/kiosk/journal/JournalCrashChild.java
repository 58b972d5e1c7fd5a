package org.budayang.kiosk.journal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.budayang.kiosk.catalog.CentralClient;

/**
 * The kiosk side of the crash tests, run in a child JVM that the test kills with SIGKILL. It writes to the
 * journal in {@code args[0]} and prints {@code @@ } lines saying what has returned, so the test knows what
 * must have survived. Usage: {@code JournalCrashChild <dir> after-intend|after-done|mid-outbox|delivering [url]}
 */
public final class JournalCrashChild {
    static final int MESSAGES_PER_STEP = 30;

    private JournalCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Journal journal = JournalFixture.open(dir)) {
            switch (args[1]) {
                case "after-intend" -> {
                    JournalTx tx = journal.begin("APPLY", "XK00002001", JournalFixture.PERSONAL);
                    tx.intend("CHECK", null).done("{\"ok\":true}");
                    JournalStep submit = tx.intend("SUBMIT", "{\"form\":\"F-1\"}");
                    say("POINT " + tx.id() + " " + submit.idempotencyKey());
                }
                case "after-done" -> {
                    JournalTx tx = journal.begin("PRINT_CERTIFICATE", "XK00001001", JournalFixture.PERSONAL);
                    OutboxMessage record = OutboxMessage.of("TX_RECORD", "/api/v1/records", "{\"printed\":1}");
                    tx.intend("PRINT", "{\"doc\":\"D-1\"}").done("{\"pages\":1}", record);
                    say("POINT " + tx.id() + " " + record.idempotencyKey());
                }
                case "mid-outbox" -> {
                    String body = "{\"pad\":\"" + "x".repeat(16_000) + "\"}";
                    for (int i = 0; ; i++) {
                        JournalTx tx = journal.begin("APPLY", "XK00002001", JournalFixture.PERSONAL);
                        JournalStep step = tx.intend("SUBMIT", "{\"i\":" + i + "}");
                        OutboxMessage[] messages = new OutboxMessage[MESSAGES_PER_STEP];
                        for (int m = 0; m < messages.length; m++) {
                            messages[m] = OutboxMessage.of("TX_RECORD", "/api/v1/records", body);
                        }
                        say("WRITING " + i + " " + tx.id());
                        step.done("{\"i\":" + i + "}", messages);
                        say("COMMITTED " + i + " " + tx.id());
                        tx.finish();
                    }
                }
                case "delivering" -> {
                    for (int i = 0; i < 20; i++) {
                        journal.outbox().append(OutboxMessage.of("EVALUATION", "/api/v1/evaluations",
                                "{\"n\":" + i + "}"));
                    }
                    say("APPENDED");
                    CentralClient client = new CentralClient(URI.create(args[2]));
                    OutboxDeliverer deliverer = new OutboxDeliverer(journal.outbox(), new CentralSender(client),
                            Clock.systemUTC(), Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMillis(20));
                    deliverer.start();
                }
                default -> throw new IllegalArgumentException("unknown scenario " + args[1]);
            }
            Thread.sleep(60_000); // the test kills us long before
        }
    }

    private static void say(String line) {
        System.out.println("@@ " + line);
        System.out.flush();
    }
}
