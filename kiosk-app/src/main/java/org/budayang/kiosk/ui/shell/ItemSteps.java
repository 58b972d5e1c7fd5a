package org.budayang.kiosk.ui.shell;

import java.util.Objects;
import javafx.beans.value.ObservableValue;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.KioskContext;
import org.budayang.kiosk.ui.flow.FlowRuntime;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.ui.flow.FlowEngine;
import org.budayang.kiosk.ui.flow.FlowState;
import org.budayang.kiosk.ui.identity.IdentificationFlow;

/**
 * The steps of an item after its guide (开始办理): the identification screens of {@link IdentificationFlow}, then
 * the rest of the item's flow in the {@link FlowEngine}. Without a service desk (no engine), or with one that
 * answers DESK_NOT_AVAILABLE, the item ends on its guide with the honest notice.
 */
final class ItemSteps implements org.budayang.kiosk.ui.flow.FlowNavigator {

    /**
     * What the shell does for the steps.
     *
     * @param screen  the screen shown now
     * @param enter   shows a step screen (返回 from the first of them goes to the guide)
     * @param toGuide back to the item's guide
     * @param notice  the honest notice on the guide (no desk: the rest of the flow is not available here)
     * @param home    the service is over: home, the citizen wiped
     */
    record Frames(java.util.function.Supplier<Screen> screen, java.util.function.Consumer<Screen> enter,
            Runnable toGuide, Runnable notice, Runnable home) {
    }

    private final IdentificationFlow identifying;
    private final FlowEngine flow;
    private final Frames frames;

    private ItemSteps(KioskContext context, FlowRuntime runtime, Frames frames) {
        this.frames = Objects.requireNonNull(frames, "frames");
        this.identifying = new IdentificationFlow(context.cardReader(), context.identity(),
                role -> context.availability().deviceProblem(role).isEmpty(), context.messages(), context.clock(),
                this::identificationStep);
        this.flow = context.desk() == null || !context.desk().available() ? null : new FlowEngine(context.desk(), runtime.work(), runtime.fx(),
                runtime.speaker(), context.messages(), context.clock());
        if (flow != null) {
            flow.navigator(this);
        }
    }

    /**
     * The identification and, with a service desk, the flow engine, which reads prompts aloud in 长者模式.
     *
     * @param theme the shell's theme
     */
    static ItemSteps create(KioskContext context, FlowRuntime runtime, Frames frames,
            ObservableValue<Theme> theme) {
        ItemSteps steps = new ItemSteps(context, runtime, frames);
        if (steps.flow != null) {
            steps.flow.assist().readAloud(theme.getValue() == Theme.ELDER);
            theme.addListener((obs, old, now) -> steps.flow.assist().readAloud(now == Theme.ELDER));
        }
        return steps;
    }

    IdentificationFlow identifying() {
        return identifying;
    }

    /** 开始办理 on {@code item} (available now). */
    void start(ServiceItem item) {
        if (flow == null) {
            identificationStep(identifying.start(item));
            return;
        }
        if (flow.start(item)) {
            identificationStep(identifying.start(item));
        } else {
            frames.enter().accept(Screen.FLOW);
        }
    }

    /** What the identification asks to show (called by {@link IdentificationFlow}). */
    void identificationStep(IdentificationFlow.Step step) {
        switch (step) {
            case CHOICE -> frames.enter().accept(Screen.IDENTIFY);
            case FACE -> {
                if (flow != null) {
                    flow.faceShown();
                }
                frames.enter().accept(Screen.FACE);
            }
            case DONE -> {
                if (flow != null && flow.status().stateProperty().get() == FlowState.IDENTIFYING) {
                    flow.identified(identifying.identification().session().orElseThrow());
                    return;
                }
                if (frames.screen().get() == Screen.IDENTIFY || frames.screen().get() == Screen.FACE) {
                    frames.toGuide().run();
                }
                frames.notice().run();
            }
        }
    }

    /** 返回 on a step screen; returns whether the steps handled it. */
    boolean back() {
        Screen shown = frames.screen().get();
        if (shown != Screen.IDENTIFY && shown != Screen.FACE && shown != Screen.FLOW) {
            return false;
        }
        if (flow != null && flow.active()) {
            flow.back();
            return true;
        }
        identifying.leave();
        return false;
    }

    /** Whether a flow's step is shown (帮助 then asks central for help on it). */
    boolean helpOnStep() {
        Screen shown = frames.screen().get();
        if (flow == null || !flow.active() || shown != Screen.IDENTIFY && shown != Screen.FACE
                && shown != Screen.FLOW) {
            return false;
        }
        flow.assist().askHelp(shown.name());
        return true;
    }

    /** 首页: the item is left. */
    void leave() {
        identifying.leave();
        if (flow != null) {
            flow.leave();
        }
    }

    /** The session ended. */
    void wipe() {
        if (flow != null) {
            flow.wipe();
        }
        identifying.wipe();
    }

    @Override
    public void showFlow() {
        identifying.leave();
        frames.enter().accept(Screen.FLOW);
    }

    @Override
    public void retakeFace() {
        identifying.retakeFace();
    }

    @Override
    public void leftItem() {
        identifying.leave();
        frames.toGuide().run();
    }

    @Override
    public void notAvailableHere() {
        identifying.leave();
        frames.toGuide().run();
        frames.notice().run();
    }

    @Override
    public void finished() {
        frames.home().run();
    }

    FlowEngine flow() {
        return flow;
    }
}
