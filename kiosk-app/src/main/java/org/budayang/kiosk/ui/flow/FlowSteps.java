package org.budayang.kiosk.ui.flow;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budayang.api.catalog.FlowStep;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.catalog.StepType;
import org.budayang.api.services.QueryResult;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceFailure;
import org.budayang.kiosk.ui.common.Messages;

/**
 * The steps of the item being done and what its steps answered so far: the query result (in pages), the
 * submission, the printout, whether something was submitted or printed (返回 then leaves the item), the failure
 * code, and the 办件编号 shown at the end.
 */
public final class FlowSteps {
    private static final Set<StepType> ASKING = Set.of(StepType.CHOOSE, StepType.FILL, StepType.CONFIRM,
            StepType.COMMITMENT, StepType.PAY);
    private static final Set<String> UNAVAILABLE = Set.of("DEPARTMENT_UNAVAILABLE", "CENTRAL_UNREACHABLE");

    private final Messages messages;
    private final ReadOnlyObjectWrapper<QueryResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<List<ResultPages.Page>> pages =
            new ReadOnlyObjectWrapper<>(this, "pages", List.of());
    private final ReadOnlyObjectWrapper<ServiceDesk.Submission> submission =
            new ReadOnlyObjectWrapper<>(this, "submission");
    private final ReadOnlyObjectWrapper<ServiceDesk.Printed> printed = new ReadOnlyObjectWrapper<>(this, "printed");
    private final ReadOnlyStringWrapper serviceNumber = new ReadOnlyStringWrapper(this, "serviceNumber", "");
    private final javafx.beans.property.ReadOnlyIntegerWrapper page =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "page");
    private List<FlowStep> flow = List.of();
    private ServiceItem item;
    private boolean sideEffect;
    private String failureCode;
    private boolean refused;

    FlowSteps(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    void item(ServiceItem started) {
        item = started;
        flow = started.flow();
    }

    /** Whether a failure means 暂不可办 (the department or central is down) rather than a failed step. */
    static boolean unavailable(ServiceFailure failure) {
        return UNAVAILABLE.contains(failure.code());
    }

    int size() {
        return flow.size();
    }

    FlowStep get(int index) {
        return flow.get(index);
    }

    int indexOf(FlowStep step) {
        for (int i = 0; i < flow.size(); i++) {
            if (flow.get(i) == step) {
                return i;
            }
        }
        return -1;
    }

    /** The first step of {@code type} at or after {@code from}, or -1. */
    int indexOf(StepType type, int from) {
        for (int i = Math.max(0, from); i < flow.size(); i++) {
            if (flow.get(i).type() == type) {
                return i;
            }
        }
        return -1;
    }

    boolean identifies() {
        return indexOf(StepType.IDENTIFY, 0) >= 0;
    }

    boolean checksFace() {
        return indexOf(StepType.FACE_CHECK, 0) >= 0;
    }

    boolean hasSubmit() {
        return indexOf(StepType.SUBMIT, 0) >= 0;
    }

    /** The first step after the identification and face check. */
    int firstAfterIdentification() {
        int last = Math.max(indexOf(StepType.IDENTIFY, 0), indexOf(StepType.FACE_CHECK, 0));
        return last + 1;
    }

    /** The step that asks something of the citizen before {@code index}, or -1 (返回 then leaves the item). */
    int previousAsking(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (ASKING.contains(flow.get(i).type())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code step} is the last one (the flow ran to its end). */
    boolean atEnd(FlowStep step) {
        return step != null && indexOf(step) == flow.size() - 1;
    }

    void result(QueryResult answer, int rowsPerPage) {
        result.set(answer);
        page.set(0);
        pages.set(ResultPages.of(answer, rowsPerPage));
    }

    /** 下一页 of a long query result. */
    public void nextPage() {
        page.set(Math.min(page.get() + 1, Math.max(0, pages.get().size() - 1)));
    }

    /** 上一页. */
    public void previousPage() {
        page.set(Math.max(0, page.get() - 1));
    }

    /** The result page shown (0-based). */
    public javafx.beans.property.ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    void submission(ServiceDesk.Submission answer) {
        submission.set(answer);
    }

    void printed(ServiceDesk.Printed answer) {
        printed.set(answer);
    }

    void sideEffect() {
        sideEffect = true;
    }

    boolean sideEffectDone() {
        return sideEffect;
    }

    void failure(String code) {
        failureCode = code;
    }

    /** The department did not accept the application (一次性告知): the service ends NOT_ACCEPTED. */
    void refused(boolean notAccepted) {
        refused = notAccepted;
    }

    boolean refused() {
        return refused;
    }

    /** The stable code of the failure that ends this service as FAILED, or null. */
    String failureCode() {
        return failureCode;
    }

    void serviceNumber(String number) {
        serviceNumber.set(number == null ? "" : number);
    }

    void wipe() {
        result.set(null);
        page.set(0);
        pages.set(List.of());
        submission.set(null);
        printed.set(null);
        sideEffect = false;
        failureCode = null;
        refused = false;
        flow = List.of();
        item = null;
    }

    /** What to do instead when the item cannot be done now (暂不可办). */
    public String insteadAdvice() {
        return item == null ? "" : messages.get("flow.unavailable.instead", item.guide().location(),
                item.guide().hours(), item.guide().consultationPhone());
    }

    public ReadOnlyObjectProperty<QueryResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ResultPages.Page>> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    List<ResultPages.Page> pages() {
        return pages.get();
    }

    public ReadOnlyObjectProperty<ServiceDesk.Submission> submissionProperty() {
        return submission.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServiceDesk.Printed> printedProperty() {
        return printed.getReadOnlyProperty();
    }

    /** The 办件编号 (or the transaction's number) shown on the finish screen. */
    public ReadOnlyStringProperty serviceNumberProperty() {
        return serviceNumber.getReadOnlyProperty();
    }

    public List<FlowStep> steps() {
        return flow;
    }
}
