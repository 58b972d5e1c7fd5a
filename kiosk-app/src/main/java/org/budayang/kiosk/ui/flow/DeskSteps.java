package org.budayang.kiosk.ui.flow;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.budayang.api.services.ApplicationOutcome;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceFailure;
import org.budayang.kiosk.service.ServiceTx;
import org.budayang.kiosk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps that call the department through the desk: CONFIRM (the query; an item with SUBMIT shows the summary
 * or the submission's answer instead), SUBMIT (一次性告知 when not accepted) and PRINT (live progress lines).
 */
final class DeskSteps {
    private static final Logger LOG = LoggerFactory.getLogger(DeskSteps.class);

    private final ServiceDesk desk;
    private final DeskCalls calls;
    private final FlowStatus status;
    private final Messages messages;
    private final FlowSteps steps;
    private final FormModel form;
    private final CommitmentModel commitment;

    DeskSteps(ServiceDesk desk, DeskCalls calls, FlowStatus status, Messages messages, FlowSteps steps,
            FormModel form, CommitmentModel commitment) {
        this.desk = desk;
        this.calls = calls;
        this.status = status;
        this.messages = messages;
        this.steps = steps;
        this.form = form;
        this.commitment = commitment;
    }

    void confirm(ServiceTx tx, Consumer<ServiceFailure> failed) {
        if (steps.hasSubmit()) {
            status.state(FlowState.READY); // the summary (before) or the answer (after) of the submission
            return;
        }
        status.message(messages.get("flow.working.query"));
        status.state(FlowState.WORKING);
        calls.run("query", () -> desk.query(tx, form.values()), result -> {
            steps.result(result, FlowEngine.ROWS_PER_PAGE);
            status.message("");
            status.state(FlowState.READY);
        }, failed);
    }

    void submit(ServiceTx tx, Consumer<ServiceFailure> failed) {
        status.message(messages.get("flow.working.submit"));
        status.state(FlowState.WORKING);
        calls.run("submit", () -> desk.submit(tx, form.values(), commitment.materialsProvided(),
                commitment.commitment(), commitment.deferral()), answer -> {
                    steps.submission(answer);
                    boolean refused = answer.receipt() != null
                            && answer.receipt().outcome() == ApplicationOutcome.NOT_ACCEPTED;
                    steps.sideEffect();
                    steps.refused(refused);
                    status.message("");
                    status.state(FlowState.READY);
                }, failed);
    }

    void print(ServiceTx tx, Runnable printedThen, Consumer<ServiceFailure> failed) {
        status.clearLines();
        status.message(messages.get("flow.working.print"));
        status.state(FlowState.WORKING);
        Map<String, String> params = printParams();
        calls.run("print", () -> desk.print(tx, params, line -> calls.later(() -> status.line(line))),
                printed -> {
                    steps.printed(printed);
                    steps.sideEffect();
                    LOG.info("Flow of {} printed {} ({} pages)", tx.id(), printed.title(), printed.pages());
                    printedThen.run();
                }, failed);
    }

    /**
     * The values of the flow, and the letters signed on an item without SUBMIT (户籍证明's 容缺受理承诺书 must reach
     * the department with the print): {@code commitmentLetter}, {@code deferralLetter} (versions) and
     * {@code deferredMaterials} (names joined by 、).
     */
    private Map<String, String> printParams() {
        Map<String, String> params = new LinkedHashMap<>(form.values());
        if (!steps.hasSubmit() && commitment.commitment() != null) {
            params.put("commitmentLetter", commitment.commitment().version());
        }
        if (!steps.hasSubmit() && commitment.deferral() != null) {
            params.put("deferralLetter", commitment.deferral().version());
            params.put("deferredMaterials", String.join("、", commitment.lacking()));
        }
        return params;
    }
}
