package org.budayang.kiosk.ui.flow;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.budayang.kiosk.speech.PromptSpeaker;
import org.budayang.kiosk.ui.common.Messages;
import org.budayang.kiosk.ui.input.InputEditors;

/**
 * How the flow runs beside its desk: the executor of the desk's blocking calls, the FX delivery, the 长者模式
 * voice and the touch editors. Tests pass same-thread executors.
 *
 * @param work    runs the desk calls, one at a time
 * @param fx      delivers their answers on the FX thread
 * @param speaker reads prompts aloud in 长者模式
 * @param editors the editors of CHOOSE / FILL inputs
 */
public record FlowRuntime(Executor work, Executor fx, PromptSpeaker speaker, InputEditors editors) {
    public FlowRuntime {
        Objects.requireNonNull(work, "FlowRuntime.work");
        Objects.requireNonNull(fx, "FlowRuntime.fx");
        Objects.requireNonNull(speaker, "FlowRuntime.speaker");
        Objects.requireNonNull(editors, "FlowRuntime.editors");
    }

    /**
     * The kiosk's: one daemon thread {@code kiosk-flow} (started on the first call, ended after 30 s idle),
     * {@code Platform::runLater}, no voice, the {@link BasicInputEditors}.
     */
    public static FlowRuntime standard(Messages messages, Clock clock) {
        ThreadPoolExecutor work = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "kiosk-flow");
                    t.setDaemon(true);
                    return t;
                });
        return new FlowRuntime(work, javafx.application.Platform::runLater, PromptSpeaker.silent(),
                new BasicInputEditors(messages, clock));
    }

    /** A copy with another voice (长者模式 speech) or editors (the kiosk-input touch editors). */
    public FlowRuntime with(PromptSpeaker otherSpeaker, InputEditors otherEditors) {
        return new FlowRuntime(work, fx, otherSpeaker, otherEditors);
    }
}
