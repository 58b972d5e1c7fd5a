package org.budayang.kiosk.ui.flow;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.budayang.api.services.HelpAnswer;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.speech.PromptSpeaker;

/**
 * What every step offers besides its body: 帮助 / 呼叫帮办 (the desk raises the request; the panel shows the expected
 * wait and a phone) and, in 长者模式, the step's prompt read aloud with a mute button.
 */
public final class StepAssist {
    private final ServiceDesk desk;
    private final DeskCalls calls;
    private final PromptSpeaker speaker;
    private final Supplier<String> itemCode;
    private final ReadOnlyObjectWrapper<HelpAnswer> help = new ReadOnlyObjectWrapper<>(this, "help");
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper(this, "muted");
    private boolean readAloud;

    StepAssist(ServiceDesk desk, DeskCalls calls, PromptSpeaker speaker, Supplier<String> itemCode) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.speaker = Objects.requireNonNull(speaker, "speaker");
        this.itemCode = Objects.requireNonNull(itemCode, "itemCode");
        muted.set(speaker.muted());
    }

    /** 帮助 / 呼叫帮办 on {@code screen}: central is asked (never fails) and the panel shows its answer. */
    public void askHelp(String screen) {
        String code = itemCode.get();
        calls.run("help", () -> desk.askHelp(code, screen, "citizen pressed help on " + screen), help::set,
                failure -> { });
    }

    public void closeHelp() {
        help.set(null);
    }

    /** 长者模式 reads each step's prompt aloud. */
    public void readAloud(boolean on) {
        readAloud = on;
        if (!on) {
            speaker.stop();
        }
    }

    /** The mute button in the header. */
    public void toggleMute() {
        speaker.setMuted(!speaker.muted());
        muted.set(speaker.muted());
        if (muted.get()) {
            speaker.stop();
        }
    }

    void say(String sentence) {
        if (readAloud && !speaker.muted()) {
            speaker.say(sentence);
        }
    }

    void wipe() {
        help.set(null);
    }

    public ReadOnlyObjectProperty<HelpAnswer> helpProperty() {
        return help.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mutedProperty() {
        return muted.getReadOnlyProperty();
    }
}
