package org.budayang.kiosk.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The screen shown and the way back: at most three menu levels (home → department → guide), then the steps of an
 * item after its guide, from which 返回 leads back to the guide.
 */
final class ScreenHistory {
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.ATTRACT);
    private final ReadOnlyIntegerWrapper depth = new ReadOnlyIntegerWrapper(this, "historyDepth");
    private final Deque<Screen> history = new ArrayDeque<>();

    Screen shown() {
        return screen.get();
    }

    void go(Screen to) {
        depth.set(history.size());
        screen.set(to);
    }

    /** A menu level down. */
    void forward(Screen to) {
        Screen from = screen.get();
        if (from == to) {
            return;
        }
        if (from == Screen.ATTRACT || from == Screen.GUIDE) {
            throw new IllegalStateException("Cannot open " + to + " from " + from
                    + ": the guide is the deepest level and attract only leads home");
        }
        history.push(from);
        go(to);
    }

    /** A step of an item: 返回 from the first of them goes back to the guide. */
    void enterStep(Screen step) {
        if (screen.get() == Screen.GUIDE) {
            history.push(Screen.GUIDE);
        }
        go(step);
    }

    /** Whether a step of an item (identification, face, flow) is shown. */
    boolean onStep() {
        Screen s = screen.get();
        return s == Screen.IDENTIFY || s == Screen.FACE || s == Screen.FLOW;
    }

    /** From a step back to the item's guide; returns whether it went there. */
    boolean backToGuide() {
        if (!onStep()) {
            return false;
        }
        if (!history.isEmpty() && history.peek() == Screen.GUIDE) {
            history.pop();
        }
        go(Screen.GUIDE);
        return true;
    }

    /** 返回 from a menu level: the level above (home when there is none). */
    Screen pop() {
        return history.isEmpty() ? Screen.HOME : history.pop();
    }

    void clear() {
        history.clear();
    }

    ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty depthProperty() {
        return depth.getReadOnlyProperty();
    }
}
