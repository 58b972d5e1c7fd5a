package org.budayang.kiosk.ui.flow;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.budayang.api.catalog.FlowStep;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.catalog.StepType;
import org.budayang.api.services.TransactionRecord.Outcome;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.payment.BillParams;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceFailure;
import org.budayang.kiosk.service.ServiceTx;
import org.budayang.kiosk.speech.PromptSpeaker;
import org.budayang.kiosk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps an item declares, in order, with one view per step type ({@link FlowView}): IDENTIFY and FACE_CHECK
 * through the shell's identification screens (then the citizen, the transaction and 人证比对 through the desk), CHOOSE
 * and FILL ({@link FormModel}), CONFIRM (the query result, or the summary of an application), COMMITMENT
 * ({@link CommitmentModel}), PAY (shows what is due; cash is issue #8), SUBMIT, PRINT (live progress, 重新打印 on
 * the same transaction) and EVALUATE ({@link EvaluationModel}), then the finish screen. FX thread only; every desk
 * call runs on the work executor ({@link DeskCalls}). State machine: {@link FlowState}.
 *
 * <p>返回 goes one step back to the previous step that asks something of the citizen; from the first one, or after
 * something was submitted or printed, it leaves the item (its data wiped, the transaction finished).
 */
public final class FlowEngine {
    private static final Logger LOG = LoggerFactory.getLogger(FlowEngine.class);
    /** 人证比对 mismatches before 呼叫帮办 instead of another try. */
    public static final int MAX_FACE_MISMATCHES = 3;
    static final int ROWS_PER_PAGE = 8;
    /** The code of {@code ServiceDesk.unavailable}: the kiosk has no desk wired, nothing of the flow can run. */
    static final String DESK_NOT_AVAILABLE = "DESK_NOT_AVAILABLE";

    private enum FacePurpose { CHECK, SIGN }

    private final ServiceDesk desk;
    private final StepAssist assist;
    private final Messages messages;
    private final Clock clock;
    private final DeskCalls calls;
    private final FlowSteps steps;
    private final FormModel form = new FormModel();
    private final CommitmentModel commitment;
    private final EvaluationModel evaluation;
    private final FlowStatus status = new FlowStatus();
    private final DeskSteps deskSteps;
    private final PayModel pay;
    private FlowNavigator navigator;
    private ServiceItem item;
    private CitizenSession session;
    private ServiceTx tx;
    private FacePurpose facePurpose = FacePurpose.CHECK;
    private int faceMismatches;

    /**
     * @param work runs the desk's blocking calls (a kiosk thread; {@code Runnable::run} in tests)
     * @param fx   delivers their answers ({@code Platform::runLater}; {@code Runnable::run} in tests)
     */
    public FlowEngine(ServiceDesk desk, java.util.concurrent.Executor work, java.util.concurrent.Executor fx,
            PromptSpeaker speaker, Messages messages, Clock clock) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calls = new DeskCalls(work, fx, messages.get("flow.failed.generic"));
        this.steps = new FlowSteps(messages);
        this.commitment = new CommitmentModel(messages);
        this.evaluation = new EvaluationModel(org.budayang.api.services.EvaluationRequest.REASONS, status,
                (level, reasons) -> {
                    ServiceTx rated = tx;
                    calls.fire("evaluate", () -> desk.evaluate(rated, level, reasons));
                }, this::end);
        this.deskSteps = new DeskSteps(desk, calls, status, messages, steps, form, commitment);
        this.pay = new PayModel(desk.payments().orElse(null), calls, messages, clock);
        this.assist = new StepAssist(desk, calls, speaker, () -> item == null ? "" : item.implementationCode());
    }

    /** Who navigates (the shell); set once, before the first item. */
    public void navigator(FlowNavigator shell) {
        if (navigator != null) {
            throw new IllegalStateException("FlowEngine.navigator already set");
        }
        navigator = Objects.requireNonNull(shell, "navigator");
    }

    /**
     * 开始办理: the item's flow starts. Returns whether it starts with identification (the shell then shows the
     * identification choice, and calls {@link #identified} once it is done).
     */
    public boolean start(ServiceItem started) {
        Objects.requireNonNull(started, "item");
        wipe();
        item = started;
        steps.item(started);
        LOG.info("Flow of {} started ({} steps)", started.implementationCode(), started.flow().size());
        if (steps.identifies()) {
            enterIdentification(0);
            return true;
        }
        status.state(FlowState.WORKING);
        calls.run("begin", () -> desk.begin(started, null), began -> {
            tx = began;
            enter(0);
        }, this::failed);
        return false;
    }

    private void enterIdentification(int index) {
        setStep(index);
        status.state(FlowState.IDENTIFYING);
        assist.say(steps.get(index).prompt());
    }

    /** The face capture is shown: the progress header names the face check (not while signing a letter). */
    public void faceShown() {
        int face = steps.indexOf(StepType.FACE_CHECK, 0);
        if (status.state() == FlowState.IDENTIFYING && facePurpose == FacePurpose.CHECK && face >= 0) {
            setStep(face);
        }
    }

    /**
     * The identification screens are done (card read, and the face taken where the way takes one): the citizen and
     * the transaction through the desk, then 人证比对 or the letter's signature by face.
     */
    public void identified(CitizenSession identified) {
        require("identified", FlowState.IDENTIFYING);
        this.session = Objects.requireNonNull(identified, "session");
        status.message(messages.get(facePurpose == FacePurpose.SIGN ? "flow.face.checking" : "flow.identifying"));
        status.state(FlowState.WORKING);
        calls.run("begin and face check", () -> {
            if (tx == null) {
                tx = desk.begin(item, Citizens.of(identified, desk));
            }
            return steps.checksFace() && identified.hasFace() ? FaceChecks.check(desk, tx, identified) : null;
        }, this::faceAnswered, this::failed);
    }

    private void faceAnswered(org.budayang.api.identity.FaceCheckResult result) {
        form.card(Citizens.name(session, tx), Citizens.address(session));
        if (result != null && !result.matched()) {
            faceMismatches++;
            LOG.info("人证比对 of {} did not match ({}, {} of {})", tx.id(), result.reason(), faceMismatches,
                    MAX_FACE_MISMATCHES);
            if (faceMismatches >= MAX_FACE_MISMATCHES) {
                fail(new ServiceFailure("FACE_MISMATCH", "face check did not match " + faceMismatches + " times",
                        messages.get("flow.face.help"), false));
                return;
            }
            status.message(result.citizenMessage());
            status.state(FlowState.IDENTIFYING);
            navigator.retakeFace();
            return;
        }
        if (facePurpose == FacePurpose.SIGN) {
            facePurpose = FacePurpose.CHECK;
            commitment.sign(clock.instant());
            navigator.showFlow();
            enter(status.step() == null ? 0 : steps.indexOf(status.step()) + 1);
            return;
        }
        navigator.showFlow();
        enter(steps.firstAfterIdentification());
    }

    private void enter(int index) {
        if (index >= steps.size()) {
            end();
            return;
        }
        setStep(index);
        FlowStep now = steps.get(index);
        form.hide();
        status.message("");
        status.retryable(false);
        assist.say(now.prompt());
        switch (now.type()) {
            case IDENTIFY, FACE_CHECK -> enter(index + 1);
            case CHOOSE, FILL -> {
                form.show(now.inputs());
                status.state(FlowState.READY);
            }
            case CONFIRM -> deskSteps.confirm(tx, this::failed);
            case COMMITMENT -> {
                commitment.show(item);
                status.state(FlowState.READY);
            }
            case PAY -> {
                if (pay.available() && tx != null) {
                    pay.enter(tx, BillParams.of(form.values(), steps.resultProperty().get()));
                }
                status.state(FlowState.READY);
            }
            case SUBMIT -> deskSteps.submit(tx, this::failed);
            case PRINT -> deskSteps.print(tx, () -> enter(steps.indexOf(status.step()) + 1), this::failed);
            case EVALUATE -> {
                evaluation.clear();
                status.state(FlowState.READY);
            }
        }
    }

    private void failed(ServiceFailure failure) {
        if (status.state() == FlowState.IDLE) {
            return;
        }
        fail(failure);
    }

    private void fail(ServiceFailure failure) {
        if (DESK_NOT_AVAILABLE.equals(failure.code())) {
            LOG.info("Flow of {} stopped: this kiosk has no service desk ({})", item.implementationCode(),
                    failure.getMessage());
            wipe();
            navigator.notAvailableHere();
            return;
        }
        steps.failure(failure.code());
        status.message(failure.citizenMessage());
        status.retryable(failure.retryable() && tx != null);
        status.state(FlowSteps.unavailable(failure) ? FlowState.UNAVAILABLE : FlowState.FAILED);
        navigator.showFlow(); // a failure during identification or the face check leaves those screens
    }

    /** 下一步 on a step that waits for the citizen. */
    public void next() {
        require("next", FlowState.READY);
        FlowStep now = status.step();
        int index = steps.indexOf(now);
        switch (now.type()) {
            case CHOOSE, FILL -> {
                if (!form.completeProperty().get()) {
                    LOG.debug("下一步 refused on {}: an input is missing or invalid", now.title());
                    return;
                }
            }
            case COMMITMENT -> {
                if (!commitment.canSignProperty().get()) {
                    return;
                }
                if (commitment.needsSignatureProperty().get() && steps.checksFace() && session != null
                        && session.hasFace()) {
                    facePurpose = FacePurpose.SIGN;
                    status.state(FlowState.IDENTIFYING);
                    navigator.retakeFace();
                    return;
                }
                commitment.sign(clock.instant());
            }
            case SUBMIT -> {
                if (steps.refused()) { // 一次性告知: the notice is printed, then the evaluation
                    int print = steps.indexOf(StepType.PRINT, index);
                    enter(print >= 0 ? print : steps.indexOf(StepType.EVALUATE, index));
                    return;
                }
            }
            case EVALUATE -> {
                return;
            }
            case PAY -> {
                if (pay.available() && !payEnded(index)) {
                    return;
                }
            }
            default -> {
                // CONFIRM, PAY (仅查询不缴费), PRINT: go on
            }
        }
        enter(index + 1);
    }

    /**
     * 下一步 / 结束办理 after the payment: true to go on (FULFILLED); refunded or unsettled, the service counts as
     * failed and the flow goes to the evaluation; false while the payment is not over.
     */
    private boolean payEnded(int index) {
        PayPhase phase = pay.phaseProperty().get();
        if (phase == PayPhase.PAID) {
            steps.sideEffect();
            return true;
        }
        if (phase == PayPhase.REFUNDED || phase == PayPhase.PENDING) {
            steps.sideEffect();
            steps.failure(phase == PayPhase.REFUNDED ? "PAYMENT_REFUNDED" : "PAYMENT_NOT_SETTLED");
            int evaluate = steps.indexOf(StepType.EVALUATE, index);
            if (evaluate < 0) {
                end();
            } else {
                enter(evaluate);
            }
        }
        return false;
    }

    /** 返回: one step back, or out of the item (see the class comment). */
    public void back() {
        if (!status.state().canGoBack()) {
            LOG.debug("返回 refused: the flow is {}", status.state());
            return;
        }
        if (status.step() != null && status.step().type() == StepType.PAY && pay.phaseProperty().get().open()) {
            LOG.debug("返回 refused: a payment is open (取消 ends it)");
            return;
        }
        int previous = steps.previousAsking(steps.indexOf(status.step()));
        if (status.state() == FlowState.IDENTIFYING || previous < 0 || steps.sideEffectDone()) {
            leave();
            navigator.leftItem();
            return;
        }
        enter(previous);
    }

    /** 重试 / 重新打印: the failed step again, on the same transaction (the desk prints once). */
    public void retry() {
        require("retry", FlowState.FAILED);
        if (!status.retryable()) {
            return;
        }
        steps.failure(null);
        enter(steps.indexOf(status.step()));
    }

    /** From a failure or 暂不可办: to the evaluation (the service counts as FAILED). */
    public void toEvaluation() {
        if (status.state() != FlowState.FAILED && status.state() != FlowState.UNAVAILABLE) {
            throw new IllegalStateException("FlowEngine: cannot toEvaluation while " + status.state());
        }
        int evaluate = steps.indexOf(StepType.EVALUATE, 0);
        if (evaluate < 0 || tx == null) {
            end();
        } else {
            enter(evaluate);
        }
    }

    private void end() {
        finishTx();
        status.state(FlowState.FINISHED);
        assist.say(messages.get("flow.finish.take"));
    }

    private void finishTx() {
        if (tx == null) {
            return;
        }
        ServiceTx ended = tx;
        String code = steps.failureCode();
        Outcome outcome = code != null ? Outcome.FAILED : steps.refused() ? Outcome.NOT_ACCEPTED
                : steps.sideEffectDone() || steps.atEnd(status.step()) ? Outcome.COMPLETED : Outcome.ABANDONED;
        calls.fire("finish", () -> desk.finish(ended, outcome, code));
        steps.serviceNumber(ended.serviceNumber());
        tx = null;
    }

    /** 返回首页 on a failure that retrying cannot change, or on 暂不可办: the service ends FAILED, no evaluation asked. */
    public void goHome() {
        if (status.state() != FlowState.FAILED && status.state() != FlowState.UNAVAILABLE) {
            throw new IllegalStateException("FlowEngine: cannot goHome while " + status.state());
        }
        wipe();
        navigator.finished();
    }

    /** The finish screen's countdown ended, or 返回首页 was pressed. */
    public void returnHome() {
        require("returnHome", FlowState.FINISHED);
        wipe();
        navigator.finished();
    }

    /** The citizen left the item (返回, 首页): its data wiped, the transaction finished as abandoned or done. */
    public void leave() {
        wipe();
    }

    /** Forgets the item, the citizen's values and answers; an open transaction is finished first. */
    public void wipe() {
        calls.forget();
        pay.wipe();
        finishTx();
        form.wipe();
        commitment.wipe();
        evaluation.clear();
        steps.wipe();
        assist.wipe();
        item = null;
        session = null;
        facePurpose = FacePurpose.CHECK;
        faceMismatches = 0;
        status.clear();
    }

    private void setStep(int index) {
        status.step(steps.get(index), messages.get("flow.progress", index + 1, steps.size(),
                steps.get(index).title()));
    }

    private void require(String operation, FlowState expected) {
        if (status.state() != expected) {
            throw new IllegalStateException("FlowEngine: cannot " + operation + " while " + status.state()
                    + " (only while " + expected + ")");
        }
    }

    public boolean active() {
        return status.state() != FlowState.IDLE;
    }

    public ServiceItem item() {
        return item;
    }

    /** The state, step, progress line and message for the views. */
    public FlowStatus status() {
        return status;
    }

    /** 帮助 and the voice of every step. */
    public StepAssist assist() {
        return assist;
    }

    /** The PAY step (bill, cash, QR). */
    public PayModel pay() {
        return pay;
    }

    public FormModel form() {
        return form;
    }

    public CommitmentModel commitment() {
        return commitment;
    }

    public EvaluationModel evaluation() {
        return evaluation;
    }

    /** The answers of this flow so far (query result, submission, printout, 办件编号). */
    public FlowSteps answers() {
        return steps;
    }
}
