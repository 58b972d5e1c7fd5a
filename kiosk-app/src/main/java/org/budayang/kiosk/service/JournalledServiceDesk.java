package org.budayang.kiosk.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.budayang.api.ApiPaths;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.catalog.StepType;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.api.identity.EcTokenRequest;
import org.budayang.api.identity.EcTokenResult;
import org.budayang.api.identity.FaceCheckRequest;
import org.budayang.api.identity.FaceCheckResult;
import org.budayang.api.services.ApplicationRequest;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.HelpAnswer;
import org.budayang.api.services.HelpRequest;
import org.budayang.api.services.PensionCertificationRequest;
import org.budayang.api.services.QueryRequest;
import org.budayang.api.services.QueryResult;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.SignedLetter;
import org.budayang.api.services.TransactionRecord;
import org.budayang.kiosk.journal.Journal;
import org.budayang.kiosk.journal.JournalStep;
import org.budayang.kiosk.journal.OutboxMessage;
import org.budayang.kiosk.journal.Reprints;
import org.budayang.kiosk.journal.StepRecord;
import org.budayang.kiosk.journal.StepState;
import org.budayang.kiosk.journal.TxRecord;
import org.budayang.kiosk.printing.PrintService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's {@link ServiceDesk}: central through {@link CentralApi}, the printers through {@link PrintService},
 * every side effect journalled first (decision 0012, 0013).
 * <ul>
 *   <li>{@link #begin}: a journal transaction of kind {@value #KIND}, the citizen encrypted in its personal column;</li>
 *   <li>{@link #submit}: step SUBMIT with the request JSON as payload, POSTed with the step's key; a repeat after a
 *       failure re-POSTs the same body with the same key, so central answers the first submission instead of
 *       making a second; after DONE the stored answer is returned without a call;</li>
 *   <li>{@link #print}: step PRINT with the {@link PrintPlan} as payload (job id, certificate issue key); a repeat
 *       after a failure prints the same plan (same job id), after DONE the earlier {@link Printed} is returned;</li>
 *   <li>{@link #evaluate} and {@link #finish}: steps EVALUATE / FINISH whose outbox messages (kinds
 *       {@value #EVALUATION_KIND} and {@value #TRANSACTION_KIND}) are written in the step's own SQL transaction;</li>
 *   <li>{@link #askHelp}: a direct POST with a short timeout, else a local answer with the site's phone.</li>
 * </ul>
 * Transactions left open by a crash are settled at start by {@link JournalRecovery}.
 */
public final class JournalledServiceDesk implements ServiceDesk {
    public static final String KIND = "SERVICE";
    public static final String EVALUATION_KIND = "EVALUATION";
    public static final String TRANSACTION_KIND = "TRANSACTION";
    static final String SUBMIT = "SUBMIT";
    static final String EVALUATE = "EVALUATE";
    static final String FINISH = "FINISH";
    private static final Logger log = LoggerFactory.getLogger(JournalledServiceDesk.class);

    private final Journal journal;
    private final CentralApi api;
    private final DeskPrinting printing;
    private final DeskReprints reprints;
    private final Clock clock;
    private final String sitePhone;
    private final Duration helpTimeout;
    private final Runnable outboxWake;
    private final DeskEvents events;

    JournalledServiceDesk(DeskBuilder b) {
        this.journal = Objects.requireNonNull(b.journal, "JournalledServiceDesk.journal is required");
        this.api = Objects.requireNonNull(b.api, "JournalledServiceDesk.api is required");
        this.clock = Objects.requireNonNull(b.clock, "JournalledServiceDesk.clock is required");
        this.printing = new DeskPrinting(new PrintPlans(api, Objects.requireNonNull(b.links,
                "JournalledServiceDesk.links is required"), clock),
                Objects.requireNonNull(b.printer, "JournalledServiceDesk.printer is required"), b.printWait, api,
                b.events);
        this.reprints = new DeskReprints(journal, printing, api);
        this.sitePhone = Objects.requireNonNull(b.sitePhone, "JournalledServiceDesk.sitePhone is required");
        this.helpTimeout = b.helpTimeout;
        this.outboxWake = b.outboxWake;
        this.events = b.events;
    }

    public static DeskBuilder builder() {
        return new DeskBuilder();
    }

    @Override
    public ServiceTx begin(ServiceItem item, Citizen citizen) {
        Objects.requireNonNull(item, "item");
        String personal = citizen == null ? null : api.write(new DeskRecords.Personal(
                citizen.identity().certType().name(), citizen.identity().certNo(), citizen.identity().cardSn(),
                citizen.idNumber(), citizen.name()));
        DeskTx tx = new DeskTx(journal.begin(KIND, item.implementationCode(), personal), item, citizen,
                clock.instant());
        log.info("Transaction {} begun for item {}", tx.id(), item.implementationCode());
        return tx;
    }

    @Override
    public EcTokenResult resolveEcToken(String token) throws ServiceFailure {
        EcTokenRequest request;
        try {
            request = new EcTokenRequest(token);
        } catch (IllegalArgumentException e) {
            throw new ServiceFailure("EC_TOKEN_INVALID", "the scanned 医保电子凭证 is not a token: " + e.getMessage(),
                    "未能识别该医保电子凭证，请刷新凭证后重新扫码。", true);
        }
        return api.resolveEcToken(request, UUID.randomUUID().toString());
    }

    @Override
    public FaceCheckResult checkFace(ServiceTx tx, byte[] jpeg) throws ServiceFailure {
        DeskTx t = own(tx);
        Citizen citizen = requireCitizen(t, "a face check");
        FaceCheckResult result = api.checkFace(new FaceCheckRequest(citizen.idNumber(),
                Base64.getEncoder().encodeToString(jpeg)), UUID.randomUUID().toString());
        if (result.matched()) {
            t.faceVerificationId(result.verificationId());
        }
        return result;
    }

    @Override
    public QueryResult query(ServiceTx tx, Map<String, String> params) throws ServiceFailure {
        DeskTx t = own(tx);
        String idNumber = t.citizen() == null ? null : t.citizen().idNumber();
        QueryResult result = api.query(new QueryRequest(t.item().implementationCode(), idNumber, params),
                UUID.randomUUID().toString());
        t.lastQuery(result);
        return result;
    }

    @Override
    public Submission submit(ServiceTx tx, Map<String, String> form, List<String> materialsProvided,
            SignedLetter commitment, SignedLetter deferral) throws ServiceFailure {
        DeskTx t = own(tx);
        synchronized (t) {
            TxRecord record = t.journal().record();
            Optional<StepRecord> done = last(record, SUBMIT, StepState.DONE);
            if (done.isPresent()) {
                return remember(t, api.read(done.get().result(), DeskRecords.SubmitOutcome.class));
            }
            Citizen citizen = requireCitizen(t, "a submission");
            DeskRecords.SubmitCall call = certification(t.item())
                    ? new DeskRecords.SubmitCall(CentralApi.PENSION_CERTIFICATIONS, null, api.write(
                            new PensionCertificationRequest(citizen.idNumber(), requireFace(t))))
                    : new DeskRecords.SubmitCall(CentralApi.APPLICATIONS, null, api.write(new ApplicationRequest(
                            t.item().implementationCode(), citizen.idNumber(), citizen.name(), form,
                            materialsProvided, commitment, deferral)));
            // a repeat of the same request after a failure keeps the first key: if it reached central, it is replayed
            Optional<StepRecord> failed = last(record, SUBMIT, StepState.FAILED);
            if (failed.isPresent()) {
                DeskRecords.SubmitCall before = api.read(failed.get().payload(), DeskRecords.SubmitCall.class);
                if (before.body().equals(call.body()) && before.path().equals(call.path())) {
                    call = new DeskRecords.SubmitCall(call.path(), before.keyOr(failed.get().idempotencyKey()),
                            call.body());
                }
            }
            JournalStep step = t.journal().intend(SUBMIT, api.write(call));
            events.at(t.id(), SUBMIT, DeskEvents.Point.INTENDED);
            try {
                DeskRecords.SubmitOutcome outcome = post(call, step.idempotencyKey());
                events.at(t.id(), SUBMIT, DeskEvents.Point.EFFECT_DONE);
                step.done(api.write(outcome));
                events.at(t.id(), SUBMIT, DeskEvents.Point.DONE);
                log.info("Transaction {} submitted as {}{}", t.id(), outcome.submission().number(),
                        outcome.replayed() ? " (central replayed the first answer)" : "");
                return remember(t, outcome);
            } catch (ServiceFailure f) {
                step.failed(f.code() + (f.retryable() ? " (retryable, outcome unknown)" : ""));
                throw f;
            }
        }
    }

    /** POSTs a stored submission with its key: central answers a repeat from its idempotency store. */
    DeskRecords.SubmitOutcome post(DeskRecords.SubmitCall call, String stepKey) throws ServiceFailure {
        String key = call.keyOr(stepKey);
        if (call.path().equals(CentralApi.PENSION_CERTIFICATIONS)) {
            CentralApi.Reply<org.budayang.api.services.PensionCertification> reply = api.certifyPension(call.body(),
                    key);
            return new DeskRecords.SubmitOutcome(null, reply.value(), reply.replayed());
        }
        CentralApi.Reply<org.budayang.api.services.ApplicationReceipt> reply = api.submitApplication(call.body(), key);
        return new DeskRecords.SubmitOutcome(reply.value(), null, reply.replayed());
    }

    private static Submission remember(DeskTx t, DeskRecords.SubmitOutcome outcome) {
        Submission submission = outcome.submission();
        t.submitted(submission, outcome.certification());
        return submission;
    }

    /** 资格认证 items (行政给付 JF… with a face check) certify the citizen instead of filing an application. */
    static boolean certification(ServiceItem item) {
        return item.basicCode().startsWith("JF") && item.flow().stream().anyMatch(s -> s.type() == StepType.FACE_CHECK);
    }

    @Override
    public Printed print(ServiceTx tx, Map<String, String> params, Consumer<String> progress) throws ServiceFailure {
        DeskTx t = own(tx);
        synchronized (t) {
            TxRecord record = t.journal().record();
            Optional<StepRecord> done = last(record, DeskPrinting.STEP, StepState.DONE);
            if (done.isPresent()) {
                return api.read(done.get().result(), Printed.class);
            }
            if (t.lastQuery() == null && t.submission() == null && t.certification() == null
                    && !t.item().devices().contains(org.budayang.api.catalog.DeviceRole.DOCUMENT_PRINTER)) {
                query(t, params == null ? Map.of() : params); // a receipt of the query result: ask for it now
            }
            Optional<StepRecord> failed = last(record, DeskPrinting.STEP, StepState.FAILED);
            PrintPlan plan = failed.isPresent() ? api.read(failed.get().payload(), PrintPlan.class)
                    : printing.plans().plan(t, params);
            return printing.print(t.journal(), plan, progress == null ? s -> { } : progress);
        }
    }

    @Override
    public void evaluate(ServiceTx tx, Satisfaction level, List<String> reasons) {
        DeskTx t = own(tx);
        synchronized (t) {
            TxRecord record = t.journal().record();
            if (last(record, EVALUATE, StepState.DONE).isPresent()) {
                log.warn("Transaction {} was evaluated already; one evaluation per service (一次一评), the second is"
                        + " not sent", t.id());
                return;
            }
            boolean open = record.state() == org.budayang.kiosk.journal.TxState.OPEN;
            boolean served = t.submission() != null || t.certification() != null || t.lastQuery() != null
                    || last(record, DeskPrinting.STEP, StepState.DONE).isPresent();
            boolean notAccepted = t.submission() != null && t.submission().receipt() != null
                    && t.submission().receipt().outcome() == org.budayang.api.services.ApplicationOutcome.NOT_ACCEPTED;
            EvaluationRequest request = new EvaluationRequest(t.id() + "-ev", t.item().implementationCode(),
                    t.serviceNumber(), notAccepted ? EvaluationRequest.ServiceOutcome.NOT_ACCEPTED
                            : served ? EvaluationRequest.ServiceOutcome.COMPLETED
                            : EvaluationRequest.ServiceOutcome.FAILED, level, reasons, null, clock.instant());
            String body = api.write(request);
            if (!open) {
                // evaluated after finish: no step can be added to an ended transaction, the outbox takes it alone
                appendOnce(evaluationMessage(request.evaluationId(), body), t.id());
                outboxWake.run();
                return;
            }
            JournalStep step = t.journal().intend(EVALUATE, body);
            events.at(t.id(), EVALUATE, DeskEvents.Point.INTENDED);
            step.done(null, evaluationMessage(request.evaluationId(), body));
            events.at(t.id(), EVALUATE, DeskEvents.Point.DONE);
            outboxWake.run();
        }
    }

    private void appendOnce(OutboxMessage message, String txId) {
        try {
            journal.outbox().append(message);
        } catch (org.budayang.kiosk.journal.JournalException e) {
            if (!org.budayang.kiosk.journal.JournalException.INVALID.equals(e.code())) {
                throw e;
            }
            log.warn("Transaction {} was evaluated already; one evaluation per service (一次一评), the second is"
                    + " not sent", txId);
        }
    }

    static OutboxMessage evaluationMessage(String evaluationId, String body) {
        return new OutboxMessage(EVALUATION_KIND, ApiPaths.EVALUATIONS, evaluationId, body);
    }

    static OutboxMessage transactionMessage(String txId, String body) {
        return new OutboxMessage(TRANSACTION_KIND, ApiPaths.TRANSACTIONS, txId + "-tx", body);
    }

    @Override
    public void finish(ServiceTx tx, TransactionRecord.Outcome outcome, String failureCode) {
        DeskTx t = own(tx);
        synchronized (t) {
            TxRecord record = t.journal().record();
            if (record.state() != org.budayang.kiosk.journal.TxState.OPEN) {
                log.debug("Transaction {} is {} already; finish ignored", t.id(), record.state());
                return;
            }
            TransactionRecord summary = new TransactionRecord(t.id(), t.item().implementationCode(),
                    t.submission() == null ? null : t.submission().number(), outcome, failureCode, t.startedAt(),
                    clock.instant(), record.steps(DeskPrinting.STEP).stream()
                            .filter(s -> s.state() == StepState.DONE).toList().size());
            String body = api.write(summary);
            JournalStep step = t.journal().intend(FINISH, body);
            events.at(t.id(), FINISH, DeskEvents.Point.INTENDED);
            step.done(null, transactionMessage(t.id(), body));
            events.at(t.id(), FINISH, DeskEvents.Point.DONE);
            end(t.journal(), summary);
            outboxWake.run();
            log.info("Transaction {} finished {}{}", t.id(), outcome, failureCode == null ? "" : " " + failureCode);
        }
    }

    /** Ends the journal transaction as its summary says. */
    static void end(org.budayang.kiosk.journal.JournalTx tx, TransactionRecord summary) {
        switch (summary.outcome()) {
            case COMPLETED, NOT_ACCEPTED -> tx.finish();
            case RECOVERED -> tx.compensated("recovered after a restart"
                    + (summary.failureCode() == null ? "" : ": " + summary.failureCode()));
            default -> tx.failed(summary.outcome() + (summary.failureCode() == null ? "" : " " + summary.failureCode()));
        }
    }

    @Override
    public HelpAnswer askHelp(String itemCode, String screen, String reason) {
        String helpId = UUID.randomUUID().toString();
        try {
            return api.help(new HelpRequest(helpId, itemCode, screen, reason), helpId, helpTimeout);
        } catch (ServiceFailure e) {
            log.warn("Help request {} from screen {} not delivered ({}); the citizen is given the site phone",
                    helpId, screen, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Help request {} from screen {} could not be made; the citizen is given the site phone", helpId,
                    screen, e);
        }
        return new HelpAnswer(helpId, 0, "暂时无法联系后台工作人员，请拨打求助电话 " + sitePhone
                + "，或到服务窗口办理。", sitePhone);
    }

    @Override
    public List<PendingReprint> pendingReprints(CitizenIdentity citizen) {
        if (citizen == null || citizen.certType() == CitizenIdentity.CertType.ECTOKEN) {
            return List.of();
        }
        return journal.reprints().pending(citizen.certNo()).stream().map(DeskReprints::pending).toList();
    }

    @Override
    public Printed reprint(PendingReprint pending, Consumer<String> progress) throws ServiceFailure {
        return reprints.reprint(pending, progress == null ? s -> { } : progress);
    }

    /** The journal's pending reprints (for the recovery and the technician). */
    public Reprints reprintStore() {
        return journal.reprints();
    }

    static Optional<StepRecord> last(TxRecord record, String name, StepState state) {
        List<StepRecord> steps = record.steps(name);
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).state() == state) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    private static DeskTx own(ServiceTx tx) {
        if (tx instanceof DeskTx t) {
            return t;
        }
        throw new IllegalArgumentException("ServiceTx " + tx + " was not begun by this desk; call begin(...) first");
    }

    private static Citizen requireCitizen(DeskTx t, String what) throws ServiceFailure {
        if (t.citizen() == null) {
            throw new ServiceFailure("IDENTIFICATION_REQUIRED", "transaction " + t.id() + " of item "
                    + t.item().implementationCode() + " has no identified citizen; " + what + " needs one",
                    "请先核验身份。", false);
        }
        return t.citizen();
    }

    private static String requireFace(DeskTx t) throws ServiceFailure {
        if (t.faceVerificationId() == null) {
            throw new ServiceFailure("FACE_CHECK_REQUIRED", "transaction " + t.id() + " of item "
                    + t.item().implementationCode() + " has no matched face check; 资格认证 needs one",
                    "请先完成人脸识别。", false);
        }
        return t.faceVerificationId();
    }
}
