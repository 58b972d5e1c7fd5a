package org.budayang.kiosk.service;

import java.util.Objects;
import java.util.function.Consumer;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalTx;
import org.budayang.kiosk.journal.Reprints;
import org.budayang.kiosk.printing.PrintService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a pending reprint once: a journal transaction of kind {@value #KIND} claims the reprint (PENDING →
 * PRINTING), prints the stored plan under a new job id (the printer driver of this process never saw the old one)
 * and, for a certificate, the same issue key (central answers with the same document), then marks it PRINTED. A
 * failure puts it back to PENDING; a crash is settled by {@link JournalRecovery} the same way.
 */
final class DeskReprints {
    static final String KIND = "REPRINT";
    private static final Logger log = LoggerFactory.getLogger(DeskReprints.class);

    private final Journal journal;
    private final DeskPrinting printing;
    private final CentralApi api;

    DeskReprints(Journal journal, DeskPrinting printing, CentralApi api) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.printing = Objects.requireNonNull(printing, "printing");
        this.api = Objects.requireNonNull(api, "api");
    }

    static ServiceDesk.PendingReprint pending(Reprints.Entry e) {
        return new ServiceDesk.PendingReprint(e.txId(), e.itemCode(), e.title(), e.requestedAt());
    }

    synchronized ServiceDesk.Printed reprint(ServiceDesk.PendingReprint pending, Consumer<String> progress)
            throws ServiceFailure {
        Objects.requireNonNull(pending, "pending");
        Reprints.Entry entry = journal.reprints().pendingOf(pending.transactionId()).orElseThrow(() ->
                new ServiceFailure("REPRINT_NOT_PENDING", "reprint of transaction " + pending.transactionId()
                        + " is not pending (printed already, expired, or unknown)", "该材料已补打或已超过补打时限。",
                        false));
        if (entry.plan() == null) {
            throw new ServiceFailure("REPRINT_NOT_PENDING", "reprint of transaction " + entry.txId()
                    + " has no stored plan (purged)", "该材料已超过补打时限，请重新办理。", false);
        }
        PrintPlan plan = api.read(entry.plan(), PrintPlan.class).withJobId(PrintService.newJobId("reprint"));
        JournalTx tx = journal.begin(KIND, entry.itemCode(), journal.personalData(entry.txId()).orElse(null));
        journal.reprints().claim(entry.txId(), tx.id());
        try {
            ServiceDesk.Printed printed = printing.print(tx, plan, progress);
            journal.reprints().printed(entry.txId());
            tx.finish();
            log.info("Reprint of transaction {} printed by transaction {}", entry.txId(), tx.id());
            return printed;
        } catch (ServiceFailure f) {
            journal.reprints().release(entry.txId());
            tx.failed("reprint not printed: " + f.code());
            throw f;
        }
    }
}
