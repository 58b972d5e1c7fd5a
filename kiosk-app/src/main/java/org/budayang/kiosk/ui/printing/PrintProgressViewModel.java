package org.budayang.kiosk.ui.printing;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.kiosk.availability.DeviceProblem;
import org.budayang.kiosk.printing.PrintFailure;
import org.budayang.kiosk.printing.PrintRequest;
import org.budayang.kiosk.printing.PrintResult;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The print screen (正在打印… / 请取走凭条 / 没有打印成功): one citizen request at a time, its job id kept so that
 * 重新打印 sends the same job (never printed twice). On failure it says what happened and offers three ways on:
 * 重新打印 (enabled once the printer can serve again), 用手机查看 (a QR to the same content) and 呼叫帮办. Runs on
 * the FX thread; the printing itself is off it (in {@link PrintService}).
 */
public final class PrintProgressViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PrintProgressViewModel.class);

    private final PrintService service;
    private final Messages messages;
    private final Function<DeviceRole, Optional<DeviceProblem>> problems;
    private final ReadOnlyObjectWrapper<PrintProgressState> state =
            new ReadOnlyObjectWrapper<>(this, "state", PrintProgressState.IDLE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper failureCode = new ReadOnlyStringWrapper(this, "failureCode", "");
    private final ReadOnlyBooleanWrapper retryEnabled = new ReadOnlyBooleanWrapper(this, "retryEnabled");
    private final ReadOnlyStringWrapper retryHint = new ReadOnlyStringWrapper(this, "retryHint", "");
    private final ReadOnlyStringWrapper anotherWayLink = new ReadOnlyStringWrapper(this, "anotherWayLink", "");
    private final ReadOnlyStringWrapper anotherWayCaption = new ReadOnlyStringWrapper(this, "anotherWayCaption", "");
    private final ReadOnlyBooleanWrapper anotherWayShown = new ReadOnlyBooleanWrapper(this, "anotherWayShown");
    private final ReadOnlyStringWrapper helpText = new ReadOnlyStringWrapper(this, "helpText", "");
    private final ReadOnlyBooleanWrapper helpShown = new ReadOnlyBooleanWrapper(this, "helpShown");
    private PrintRequest request;
    private String what = "";
    private String helpPhone = "";

    /**
     * @param service  prints off the FX thread
     * @param messages the citizen texts
     * @param problems why a printer role cannot serve now, e.g. {@code availabilityService::deviceProblem}
     */
    public PrintProgressViewModel(PrintService service, Messages messages,
            Function<DeviceRole, Optional<DeviceProblem>> problems) {
        this.service = Objects.requireNonNull(service, "service");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /**
     * Prints a new citizen request.
     *
     * @param printRequest the request with its own job id
     * @param shownTitle   what is printed, in words (一次性告知单)
     * @param phone        the phone the citizen may call when asking for help (the item's 咨询电话)
     */
    public void start(PrintRequest printRequest, String shownTitle, String phone) {
        Objects.requireNonNull(printRequest, "printRequest");
        PrintProgressState now = state.get();
        if (now == PrintProgressState.PRINTING || now == PrintProgressState.FAILED) {
            throw new IllegalStateException("print screen: cannot start job " + printRequest.jobId() + " in state "
                    + now + "; retry or close the shown job " + request.jobId() + " first");
        }
        request = printRequest;
        what = Objects.requireNonNull(shownTitle, "shownTitle");
        helpPhone = Objects.requireNonNull(phone, "phone");
        title.set(what);
        send();
    }

    /** 重新打印: the same job again (only when FAILED and the printer can serve). */
    public void retry() {
        if (state.get() != PrintProgressState.FAILED || !retryEnabled.get()) {
            LOG.debug("Retry ignored in state {} (retry enabled: {})", state.get(), retryEnabled.get());
            return;
        }
        send();
    }

    private void send() {
        move(PrintProgressState.PRINTING);
        message.set(messages.get("print.progress.printing"));
        failureCode.set("");
        anotherWayShown.set(false);
        helpShown.set(false);
        retryEnabled.set(false);
        retryHint.set("");
        PrintRequest sent = request;
        service.print(sent, result -> finished(sent, result));
    }

    private void finished(PrintRequest sent, PrintResult result) {
        if (sent != request || state.get() != PrintProgressState.PRINTING) {
            LOG.debug("Result of print job {} arrived after the screen moved on; ignored", result.jobId());
            return;
        }
        if (PrintService.ALREADY_RUNNING.equals(result.failureCode())) {
            LOG.debug("Print job {} is running already; waiting for its own result", result.jobId());
            return;
        }
        if (result.printed()) {
            move(PrintProgressState.PRINTED);
            message.set(messages.get("print.progress.printed"));
            anotherWayLink.set("");
            return;
        }
        PrintFailure failure = result.failure().orElse(PrintFailure.OTHER);
        move(PrintProgressState.FAILED);
        failureCode.set(result.failureCode());
        message.set(messages.get(failure.bundleKey()));
        anotherWayLink.set(sent.anotherWay().toString());
        anotherWayCaption.set(messages.get("print.another_way.caption", what));
        helpText.set(messages.get("print.help.caption", helpPhone));
        printerChanged();
    }

    /** A device's health changed: 重新打印 is enabled exactly while FAILED and the printer can serve. */
    public void printerChanged() {
        if (state.get() != PrintProgressState.FAILED) {
            return;
        }
        boolean canServe = problems.apply(request.target().role()).isEmpty();
        retryEnabled.set(canServe);
        retryHint.set(canServe ? "" : messages.get("print.action.retry.waiting"));
    }

    /** 用手机查看: shows the QR of the same content. */
    public void showAnotherWay() {
        if (state.get() == PrintProgressState.FAILED) {
            anotherWayShown.set(true);
        }
    }

    /** 呼叫帮办: shows whom to ask and logs the request for staff (job id and code, never the content). */
    public void callHelp() {
        if (state.get() == PrintProgressState.FAILED) {
            helpShown.set(true);
            LOG.warn("Citizen asked for help after print job {} failed with {}", request.jobId(), failureCode.get());
        }
    }

    /** 返回: closes the screen (not while printing: the job is on its way and ends by its deadline). */
    public void close() {
        if (state.get() == PrintProgressState.PRINTING) {
            LOG.debug("Print screen not closed: job {} is printing", request.jobId());
            return;
        }
        reset();
    }

    /** The session was wiped: the running job is cancelled and nothing of the request is kept. */
    public void wipe() {
        service.cancelAll();
        reset();
    }

    private void reset() {
        request = null;
        what = "";
        helpPhone = "";
        state.set(PrintProgressState.IDLE);
        for (ReadOnlyStringWrapper s : new ReadOnlyStringWrapper[] {title, message, failureCode, retryHint,
                anotherWayLink, anotherWayCaption, helpText}) {
            s.set("");
        }
        retryEnabled.set(false);
        anotherWayShown.set(false);
        helpShown.set(false);
    }

    private void move(PrintProgressState next) {
        PrintProgressState now = state.get();
        if (!now.canMoveTo(next)) {
            throw new IllegalStateException("print screen cannot move from " + now + " to " + next);
        }
        state.set(next);
    }

    /** The job id of the shown request (empty when idle). */
    public String jobId() {
        return request == null ? "" : request.jobId();
    }

    public ReadOnlyObjectProperty<PrintProgressState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The driver's failure code of the last attempt (for the technician log and tests; never shown). */
    public ReadOnlyStringProperty failureCodeProperty() {
        return failureCode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retryEnabledProperty() {
        return retryEnabled.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty retryHintProperty() {
        return retryHint.getReadOnlyProperty();
    }

    /** The link the QR carries when printing failed (empty otherwise). */
    public ReadOnlyStringProperty anotherWayLinkProperty() {
        return anotherWayLink.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty anotherWayCaptionProperty() {
        return anotherWayCaption.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anotherWayShownProperty() {
        return anotherWayShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty helpTextProperty() {
        return helpText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty helpShownProperty() {
        return helpShown.getReadOnlyProperty();
    }
}
