package org.budayang.kiosk.ui.paused;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Out of service (暂停服务), ordered by central ops (issue #9): {@link #takeOutOfService} with the message citizens
 * read, {@link #backInService}. A citizen's open session finishes first: the screen covers the kiosk only while
 * {@code idle} (no session) holds, so the paused screen shows as soon as the session ends. FX thread only.
 *
 * <p>States: IN_SERVICE → (take) → PAUSED → (back) → IN_SERVICE; taking it out again while PAUSED replaces the
 * message.
 */
public final class OutOfServiceViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(OutOfServiceViewModel.class);
    /** The longest ops message shown (central's command limits it too). */
    public static final int MAX_MESSAGE = 200;

    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");

    /** @param idle true while no citizen session is open (the attract screen) */
    public OutOfServiceViewModel(ObservableBooleanValue idle) {
        Objects.requireNonNull(idle, "idle");
        showing.bind(paused.and(idle));
    }

    /** Stops offering services with {@code text} for citizens (blank: only the title and the apology). */
    public void takeOutOfService(String text) {
        String shown = text == null ? "" : text.strip();
        if (shown.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("OutOfServiceViewModel.message: " + shown.length()
                    + " characters; at most " + MAX_MESSAGE + " are shown");
        }
        message.set(shown);
        paused.set(true);
        LOG.info("Out of service ({} characters of message for citizens)", shown.length());
    }

    /** Offers services again; a no-op when in service. */
    public void backInService() {
        if (paused.get()) {
            paused.set(false);
            message.set("");
            LOG.info("Back in service");
        }
    }

    /** Ordered out of service (shown now, or once the open session ends). */
    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** The 暂停服务 screen covers the kiosk now. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
