package org.budayang.kiosk.ui.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.FlowStep;
import org.budayang.api.catalog.Material;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.catalog.StepInput;
import org.budayang.api.catalog.StepType;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.api.identity.EcTokenResult;
import org.budayang.api.identity.FaceCheckReason;
import org.budayang.api.identity.FaceCheckResult;
import org.budayang.api.services.ApplicationOutcome;
import org.budayang.api.services.ApplicationReceipt;
import org.budayang.api.services.ApplicationStatus;
import org.budayang.api.services.HelpAnswer;
import org.budayang.api.services.QueryResult;
import org.budayang.api.services.Requirement;
import org.budayang.api.services.ResultField;
import org.budayang.api.services.ResultSection;
import org.budayang.api.services.ResultTable;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.SignedLetter;
import org.budayang.api.services.TransactionRecord;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceFailure;
import org.budayang.kiosk.service.ServiceTx;

/**
 * A TEST DOUBLE of the kiosk's ServiceDesk, in memory, with real state and rules: transactions begun and finished,
 * queries that check the item's required inputs, submissions judged from the letters and materials (告知承诺 without
 * its letter, or a missing non-deferrable material: 一次性告知; a deferrable one with the 容缺 letter: 容缺受理), a
 * print journal per transaction (a transaction prints once; after a failure the retry prints the same job once),
 * evaluations and help requests. Any call can be told to fail ({@link #failNext}), a department can be down
 * ({@link #departmentDown}), and every call is counted ({@link #calls}).
 */
final class RecordingDesk implements ServiceDesk {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** One transaction as the desk keeps it. */
    static final class Tx implements ServiceTx {
        final String id;
        final ServiceItem item;
        final Citizen citizen;
        final Instant started;
        volatile String number;
        volatile TransactionRecord.Outcome outcome;
        volatile String failureCode;
        volatile Printed printed;
        volatile boolean refused;
        final AtomicInteger printsDelivered = new AtomicInteger();
        final List<String> faceChecks = new CopyOnWriteArrayList<>();

        Tx(String id, ServiceItem item, Citizen citizen, Instant started) {
            this.id = id;
            this.item = item;
            this.citizen = citizen;
            this.started = started;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public ServiceItem item() {
            return item;
        }

        @Override
        public Citizen citizen() {
            return citizen;
        }

        @Override
        public String serviceNumber() {
            return number != null ? number : id;
        }
    }

    /** An evaluation as queued for central. */
    record Evaluation(String serviceNumber, String itemCode, Satisfaction level, List<String> reasons) {
    }

    /** A submission as the department received it. */
    record Submitted(Map<String, String> form, List<String> materials, SignedLetter commitment,
                     SignedLetter deferral) {
    }

    private final Clock clock;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, Deque<ServiceFailure>> failures = new ConcurrentHashMap<>();
    private final Set<Department> down = EnumSet.noneOf(Department.class);
    private final Deque<FaceCheckReason> faces = new ArrayDeque<>();
    final List<Tx> transactions = new CopyOnWriteArrayList<>();
    final List<Submitted> submissions = new CopyOnWriteArrayList<>();
    final List<Evaluation> evaluations = new CopyOnWriteArrayList<>();
    final List<String> helpScreens = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    /** Conditions the department finds unmet on the next submissions (一次性告知). */
    final List<Requirement> unmet = new CopyOnWriteArrayList<>();
    /** The parameters of every print, in order. */
    final List<Map<String, String>> printParams = new CopyOnWriteArrayList<>();
    /** Rows of the query's history table (more than a page makes the result paged). */
    volatile int historyRows = 3;

    RecordingDesk(Clock clock) {
        this.clock = clock;
    }

    /** The next {@code method} call fails with {@code code} (retryable as given). */
    void failNext(String method, String code, String citizenMessage, boolean retryable) {
        failures.computeIfAbsent(method, m -> new ArrayDeque<>()).add(new ServiceFailure(code,
                "test double: " + method + " told to fail with " + code, citizenMessage, retryable));
    }

    /** The department's system is down: its queries, submissions and prints answer DEPARTMENT_UNAVAILABLE. */
    synchronized void departmentDown(Department department) {
        down.add(department);
    }

    /** The next face checks answer these reasons (MATCH when none is queued). */
    synchronized void faces(FaceCheckReason... reasons) {
        faces.addAll(List.of(reasons));
    }

    int calls(String method) {
        return calls.getOrDefault(method, new AtomicInteger()).get();
    }

    Tx last() {
        return transactions.get(transactions.size() - 1);
    }

    private void enter(String method, ServiceTx tx) throws ServiceFailure {
        calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
        Deque<ServiceFailure> queued = failures.get(method);
        ServiceFailure next = queued == null ? null : queued.poll();
        if (next != null) {
            throw next;
        }
        synchronized (this) {
            if (tx != null && down.contains(tx.item().department())) {
                throw new ServiceFailure("DEPARTMENT_UNAVAILABLE", "test double: department "
                        + tx.item().department() + " is down", "该部门系统正在维护，暂时不能办理。", false);
            }
        }
    }

    private Tx own(ServiceTx tx) {
        if (!(tx instanceof Tx mine) || !transactions.contains(mine)) {
            throw new IllegalArgumentException("RecordingDesk: transaction " + tx + " was not begun here");
        }
        if (mine.outcome != null) {
            throw new IllegalStateException("RecordingDesk: transaction " + mine.id + " is finished ("
                    + mine.outcome + ")");
        }
        return mine;
    }

    @Override
    public ServiceTx begin(ServiceItem item, Citizen citizen) {
        calls.computeIfAbsent("begin", m -> new AtomicInteger()).incrementAndGet();
        Tx tx = new Tx(String.format("KTX-%08d", sequence.incrementAndGet()), item, citizen, clock.instant());
        transactions.add(tx);
        return tx;
    }

    @Override
    public EcTokenResult resolveEcToken(String token) throws ServiceFailure {
        enter("resolveEcToken", null);
        return new EcTokenResult("620102195803150034", "张三", clock.instant().plusSeconds(120));
    }

    @Override
    public FaceCheckResult checkFace(ServiceTx tx, byte[] jpeg) throws ServiceFailure {
        enter("checkFace", null); // 人证比对 is 公安's, whatever the item's department
        Tx mine = own(tx);
        if (jpeg == null || jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new ServiceFailure("FACE_IMAGE_INVALID", "test double: the still is not a JPEG", "照片无效，请重拍",
                    true);
        }
        FaceCheckReason reason;
        synchronized (this) {
            reason = faces.isEmpty() ? FaceCheckReason.MATCH : faces.poll();
        }
        mine.faceChecks.add(reason.name());
        return FaceCheckResult.of("FV-" + mine.faceChecks.size(), reason == FaceCheckReason.MATCH ? 0.93 : 0.2,
                reason, null);
    }

    @Override
    public QueryResult query(ServiceTx tx, Map<String, String> params) throws ServiceFailure {
        enter("query", tx);
        Tx mine = own(tx);
        requireInputs(mine.item, params);
        List<ResultField> fields = new ArrayList<>();
        fields.add(new ResultField("姓名", mine.citizen == null ? "—" : mine.citizen.name()));
        params.forEach((k, v) -> fields.add(new ResultField(label(mine.item, k), v)));
        fields.add(new ResultField("应缴金额", "300.00元"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < historyRows; i++) {
            rows.add(List.of(String.format("2026-%02d", i % 12 + 1), "已缴", "300.00"));
        }
        return new QueryResult(mine.item.implementationCode(), mine.item.department(), mine.item.name(),
                List.of(new ResultSection("基本信息", fields, null), new ResultSection("缴费记录", List.of(),
                        new ResultTable(List.of("月份", "状态", "金额"), rows))), clock.instant());
    }

    private static String label(ServiceItem item, String key) {
        return item.flow().stream().flatMap(s -> s.inputs().stream()).filter(i -> i.key().equals(key))
                .map(StepInput::label).findFirst().orElse(key);
    }

    private static void requireInputs(ServiceItem item, Map<String, String> given) throws ServiceFailure {
        for (FlowStep step : item.flow()) {
            for (StepInput input : step.inputs()) {
                if (input.required() && given.getOrDefault(input.key(), "").isBlank()) {
                    throw new ServiceFailure("INVALID_PARAMS", "test double: " + input.key() + " missing",
                            "缺少" + input.label(), false);
                }
            }
        }
    }

    @Override
    public Submission submit(ServiceTx tx, Map<String, String> form, List<String> materialsProvided,
            SignedLetter commitment, SignedLetter deferral) throws ServiceFailure {
        enter("submit", tx);
        Tx mine = own(tx);
        submissions.add(new Submitted(new LinkedHashMap<>(form), List.copyOf(materialsProvided), commitment, deferral));
        if (mine.number != null) {
            return new Submission(mine.number, null, "已提交（重复提交已合并）");
        }
        ServiceItem item = mine.item;
        List<Requirement> missing = new ArrayList<>();
        List<Requirement> deferred = new ArrayList<>();
        missing.addAll(unmet);
        if (item.commitmentNotice() && commitment == null) {
            missing.add(new Requirement("COMMITMENT", "告知承诺书", "请签署告知承诺书"));
        }
        for (Material m : item.guide().materials()) {
            if (m.required() && !materialsProvided.contains(m.name())) {
                if (m.deferrable() && item.deferredAcceptance() && deferral != null) {
                    deferred.add(new Requirement("MATERIAL", m.name(), "请在期限内补交"));
                } else {
                    missing.add(new Requirement("MATERIAL", m.name(), "需提交" + m.form()));
                }
            }
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        String number = "620102" + today.toString().replace("-", "") + String.format("%06d", sequence.incrementAndGet());
        mine.number = number;
        ApplicationOutcome outcome = !missing.isEmpty() ? ApplicationOutcome.NOT_ACCEPTED
                : deferred.isEmpty() ? ApplicationOutcome.ACCEPTED : ApplicationOutcome.ACCEPTED_WITH_DEFERRED;
        ApplicationReceipt receipt = new ApplicationReceipt(number, item.implementationCode(), item.name(), outcome,
                outcome == ApplicationOutcome.NOT_ACCEPTED ? ApplicationStatus.NOT_ACCEPTED : ApplicationStatus.RECEIVED,
                (outcome == ApplicationOutcome.NOT_ACCEPTED ? ApplicationStatus.NOT_ACCEPTED
                        : ApplicationStatus.RECEIVED).chinese(), clock.instant(),
                outcome == ApplicationOutcome.NOT_ACCEPTED ? null : today.plusDays(5),
                outcome == ApplicationOutcome.NOT_ACCEPTED ? missing : deferred,
                outcome == ApplicationOutcome.ACCEPTED_WITH_DEFERRED ? today.plusDays(30) : null);
        mine.refused = outcome == ApplicationOutcome.NOT_ACCEPTED;
        return new Submission(number, receipt, outcome.chinese());
    }

    @Override
    public Printed print(ServiceTx tx, Map<String, String> params, Consumer<String> progress) throws ServiceFailure {
        enter("print", tx);
        Tx mine = own(tx);
        printParams.add(Map.copyOf(params));
        if (mine.printed != null) {
            return mine.printed; // printed already: nothing more
        }
        progress.accept("正在生成文书……");
        String title = mine.refused ? "一次性告知单" : mine.number != null ? "受理凭证" : mine.item.name();
        progress.accept("正在打印第1页……");
        mine.printsDelivered.incrementAndGet();
        mine.printed = new Printed(title, 1, "VC" + mine.id.substring(4));
        return mine.printed;
    }

    @Override
    public void evaluate(ServiceTx tx, Satisfaction level, List<String> reasons) {
        calls.computeIfAbsent("evaluate", m -> new AtomicInteger()).incrementAndGet();
        // as central does: a reason outside the agreed list would be refused (400) and the evaluation lost
        if (!org.budayang.api.services.EvaluationRequest.REASONS.containsAll(reasons)) {
            throw new IllegalArgumentException("差评 reasons " + reasons + " are not all in "
                    + org.budayang.api.services.EvaluationRequest.REASONS + " (central refuses the evaluation)");
        }
        evaluations.add(new Evaluation(tx.serviceNumber(), tx.item().implementationCode(), level, List.copyOf(reasons)));
    }

    @Override
    public void finish(ServiceTx tx, TransactionRecord.Outcome outcome, String failureCode) {
        calls.computeIfAbsent("finish", m -> new AtomicInteger()).incrementAndGet();
        Tx mine = own(tx);
        mine.outcome = outcome;
        mine.failureCode = failureCode;
    }

    @Override
    public HelpAnswer askHelp(String itemCode, String screen, String reason) {
        calls.computeIfAbsent("askHelp", m -> new AtomicInteger()).incrementAndGet();
        helpScreens.add(screen);
        return new HelpAnswer("HELP-" + helpScreens.size(), 5, "工作人员约5分钟后到达，请稍候。", "0931-12345");
    }

    /**
     * A document of {@code certNo} (an ID card holder) requested at {@code requestedAt} whose printing did not
     * finish: pending for 24 h from then, until it is reprinted.
     */
    PendingReprint unfinishedPrint(String certNo, String itemCode, String title, Instant requestedAt) {
        PendingReprint pending = new PendingReprint(String.format("KTX-%08d", sequence.incrementAndGet()), itemCode,
                title, requestedAt);
        unfinished.add(new Unfinished(certNo, pending));
        return pending;
    }

    /** Documents not finished, with their holder; reprinted ones leave the list. */
    private record Unfinished(String certNo, PendingReprint pending) {
    }

    private final List<Unfinished> unfinished = new CopyOnWriteArrayList<>();
    /** Every document the reprints delivered, in order (by transaction id). */
    final List<String> reprinted = new CopyOnWriteArrayList<>();

    @Override
    public List<PendingReprint> pendingReprints(CitizenIdentity citizen) {
        calls.computeIfAbsent("pendingReprints", m -> new AtomicInteger()).incrementAndGet();
        Instant dayAgo = clock.instant().minus(java.time.Duration.ofHours(24));
        return unfinished.stream().filter(u -> u.certNo().equals(citizen.certNo()))
                .map(Unfinished::pending).filter(p -> p.requestedAt().isAfter(dayAgo)).toList();
    }

    @Override
    public Printed reprint(PendingReprint pending, Consumer<String> progress) throws ServiceFailure {
        enter("reprint", null);
        Unfinished found = unfinished.stream().filter(u -> u.pending().equals(pending)).findFirst().orElse(null);
        if (found == null || !unfinished.remove(found)) {
            throw new ServiceFailure("NOTHING_PENDING", "test double: transaction " + pending.transactionId()
                    + " has no unfinished print", "该材料已打印或已过期", false);
        }
        progress.accept("正在重新打印" + pending.title() + "……");
        progress.accept("正在打印第1页……");
        reprinted.add(pending.transactionId());
        return new Printed(pending.title(), 1, "VC" + pending.transactionId().substring(4));
    }
}
