package org.budayang.kiosk.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.services.TransactionRecord;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalStep;
import org.budayang.kiosk.journal.JournalTx;
import org.budayang.kiosk.journal.StepRecord;
import org.budayang.kiosk.journal.StepState;
import org.budayang.kiosk.journal.TxRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles, at start, every desk transaction a crash or power cut left OPEN (decisions 0012, 0013), oldest first:
 * <ul>
 *   <li>INTENDED SUBMIT: the stored request is POSTed again with the step's key and byte-identical body, so central
 *       answers with its stored first answer (or takes it now if it never arrived); DONE with that answer, FAILED
 *       when central refuses it for good (4xx); left OPEN when central cannot be reached (the next run retries);</li>
 *   <li>INTENDED PRINT: never printed again automatically (it may be out): FAILED, and the plan is offered to the
 *       same citizen as a pending reprint for the reprint window (24 h);</li>
 *   <li>INTENDED EVALUATE / FINISH: the step is done now with its message from the stored payload (the outbox write
 *       was lost with the crash, never half-written);</li>
 *   <li>then the transaction ends: with its own FINISH if it had one, else with a {@link TransactionRecord} of
 *       outcome RECOVERED into the outbox.</li>
 * </ul>
 * A REPRINT transaction interrupted while printing puts its reprint back to PENDING. Transactions of other kinds
 * (payments, #8) are not touched. Run it again (it is idempotent) while {@link Report#unresolved()} is not 0.
 */
public final class JournalRecovery {
    public static final Duration DEFAULT_REPRINT_WINDOW = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(JournalRecovery.class);

    /** What a run did. */
    public record Report(int settled, int submissionsConfirmed, int submissionsReplayed, int reprintsOffered,
            int unresolved) {
        @Override
        public String toString() {
            return settled + " settled, " + submissionsConfirmed + " submission(s) confirmed (" + submissionsReplayed
                    + " answered from central's store), " + reprintsOffered + " reprint(s) offered, " + unresolved
                    + " left for central";
        }
    }

    private final Journal journal;
    private final JournalledServiceDesk desk;
    private final CentralApi api;
    private final Clock clock;
    private final Duration reprintWindow;
    private final java.time.Instant startedBefore;

    /**
     * A recovery of the transactions begun before now (the kiosk's start): a later run never touches a transaction
     * a citizen is doing meanwhile.
     */
    public JournalRecovery(Journal journal, JournalledServiceDesk desk, CentralApi api, Clock clock,
            Duration reprintWindow) {
        this.journal = Objects.requireNonNull(journal, "JournalRecovery.journal is required");
        this.desk = Objects.requireNonNull(desk, "JournalRecovery.desk is required");
        this.api = Objects.requireNonNull(api, "JournalRecovery.api is required");
        this.clock = Objects.requireNonNull(clock, "JournalRecovery.clock is required");
        this.reprintWindow = Objects.requireNonNull(reprintWindow, "JournalRecovery.reprintWindow is required");
        this.startedBefore = clock.instant();
    }

    /** Settles what can be settled now; never throws for central's absence (that transaction waits). */
    public Report run() {
        int settled = 0;
        int confirmed = 0;
        int replayed = 0;
        int offered = 0;
        int unresolved = 0;
        for (TxRecord record : journal.unfinished()) {
            if (record.startedAt().isAfter(startedBefore)) {
                continue; // begun since the kiosk started: a citizen is doing it now
            }
            if (record.kind().equals(DeskReprints.KIND)) {
                settleReprint(record);
                settled++;
                continue;
            }
            if (!record.kind().equals(JournalledServiceDesk.KIND)) {
                continue;
            }
            JournalTx tx = journal.resume(record.id());
            Optional<StepRecord> pending = record.pendingStep();
            String failureCode = null;
            if (pending.isPresent()) {
                StepRecord step = pending.get();
                JournalStep handle = tx.pendingStep().orElseThrow();
                switch (step.name()) {
                    case JournalledServiceDesk.SUBMIT -> {
                        Optional<DeskRecords.SubmitOutcome> outcome;
                        try {
                            outcome = confirmSubmit(record, step, handle);
                        } catch (ServiceFailure unreachable) {
                            unresolved++;
                            continue;
                        }
                        if (outcome.isPresent()) {
                            confirmed++;
                            replayed += outcome.get().replayed() ? 1 : 0;
                        } else {
                            failureCode = "SUBMIT_REFUSED_AT_RECOVERY";
                        }
                    }
                    case DeskPrinting.STEP -> {
                        handle.failed("power lost while printing; not printed again automatically");
                        offered += offerReprint(record, step) ? 1 : 0;
                        failureCode = "PRINT_INTERRUPTED";
                    }
                    case JournalledServiceDesk.EVALUATE -> {
                        EvaluationBody body = new EvaluationBody(step.payload());
                        handle.done(null, JournalledServiceDesk.evaluationMessage(body.id(api), step.payload()));
                    }
                    case JournalledServiceDesk.FINISH -> handle.done(null,
                            JournalledServiceDesk.transactionMessage(record.id(), step.payload()));
                    default -> {
                        log.warn("Transaction {} has an unknown pending step {}; marked failed", record.id(),
                                step.name());
                        handle.failed("unknown step at recovery");
                    }
                }
            }
            end(tx, failureCode);
            settled++;
        }
        Report report = new Report(settled, confirmed, replayed, offered, unresolved);
        if (settled > 0 || unresolved > 0) {
            log.info("Journal recovery: {}", report);
        }
        return report;
    }

    /**
     * DONE with central's answer (present), FAILED when central refuses it for good (empty); a retryable failure
     * (central unreachable) is thrown and the step stays INTENDED.
     */
    private Optional<DeskRecords.SubmitOutcome> confirmSubmit(TxRecord record, StepRecord step, JournalStep handle)
            throws ServiceFailure {
        DeskRecords.SubmitCall call = api.read(step.payload(), DeskRecords.SubmitCall.class);
        try {
            DeskRecords.SubmitOutcome outcome = desk.post(call, step.idempotencyKey());
            handle.done(api.write(outcome));
            log.info("Transaction {}: submission confirmed at recovery as {} ({})", record.id(),
                    outcome.submission().number(), outcome.replayed() ? "central replayed the first answer"
                            : "it had not reached central before the crash");
            return Optional.of(outcome);
        } catch (ServiceFailure f) {
            if (f.retryable()) {
                log.warn("Transaction {}: submission not confirmed yet ({}); retried at the next recovery run",
                        record.id(), f.getMessage());
                throw f;
            }
            handle.failed("central refused the submission at recovery: " + f.code());
            return Optional.empty();
        }
    }

    private boolean offerReprint(TxRecord record, StepRecord step) {
        Optional<String> personal = journal.personalData(record.id());
        if (personal.isEmpty()) {
            return false;
        }
        DeskRecords.Personal citizen = api.read(personal.get(), DeskRecords.Personal.class);
        if (citizen.idNumber() == null) {
            return false;
        }
        PrintPlan plan = api.read(step.payload(), PrintPlan.class);
        journal.reprints().offer(record.id(), citizen.idNumber(), record.itemCode(), plan.title(), step.payload(),
                reprintWindow);
        return true;
    }

    private void end(JournalTx tx, String failureCode) {
        TxRecord record = tx.record();
        Optional<StepRecord> finish = JournalledServiceDesk.last(record, JournalledServiceDesk.FINISH, StepState.DONE);
        if (finish.isPresent()) {
            JournalledServiceDesk.end(tx, api.read(finish.get().payload(), TransactionRecord.class));
            return;
        }
        Optional<StepRecord> submitted = JournalledServiceDesk.last(record, JournalledServiceDesk.SUBMIT,
                StepState.DONE);
        String number = submitted.map(s -> api.read(s.result(), DeskRecords.SubmitOutcome.class).submission().number())
                .orElse(null);
        List<StepRecord> printed = record.steps(DeskPrinting.STEP).stream()
                .filter(s -> s.state() == StepState.DONE).toList();
        java.time.Instant now = clock.instant();
        TransactionRecord summary = new TransactionRecord(record.id(), record.itemCode(), number,
                TransactionRecord.Outcome.RECOVERED, failureCode, record.startedAt(),
                now.isBefore(record.startedAt()) ? record.startedAt() : now, printed.size());
        String body = api.write(summary);
        tx.intend(JournalledServiceDesk.FINISH, body).done(null,
                JournalledServiceDesk.transactionMessage(record.id(), body));
        JournalledServiceDesk.end(tx, summary);
    }

    private void settleReprint(TxRecord record) {
        JournalTx tx = journal.resume(record.id());
        Optional<String> original = journal.reprints().claimedBy(record.id());
        Optional<JournalStep> pending = tx.pendingStep();
        if (pending.isPresent()) {
            pending.get().failed("power lost while reprinting");
        }
        boolean printed = JournalledServiceDesk.last(tx.record(), DeskPrinting.STEP, StepState.DONE).isPresent();
        if (printed) {
            original.ifPresent(journal.reprints()::printed);
            tx.finish();
        } else {
            original.ifPresent(journal.reprints()::release);
            tx.failed("reprint interrupted by a restart; offered again");
        }
    }

    /** The evaluation id inside a stored EvaluationRequest body (its outbox key). */
    private record EvaluationBody(String json) {
        String id(CentralApi api) {
            return api.read(json, org.budayang.api.services.EvaluationRequest.class).evaluationId();
        }
    }
}
