package org.budayang.kiosk.ui.attract;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budayang.kiosk.ui.common.Messages;

/** The attract screen: the site's name, today's date and the time. */
public final class AttractViewModel {
    private final Clock clock;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final String siteName;
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText");
    private final ReadOnlyStringWrapper timeText = new ReadOnlyStringWrapper(this, "timeText");

    public AttractViewModel(String siteName, Messages messages, Clock clock) {
        this.siteName = Objects.requireNonNull(siteName, "siteName");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.date = DateTimeFormatter.ofPattern(messages.get("attract.date_pattern"), messages.locale());
        this.time = DateTimeFormatter.ofPattern(messages.get("attract.time_pattern"), messages.locale());
        tick();
    }

    /** Updates the date and time texts; a text property changes only when its text does. */
    public void tick() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        dateText.set(date.format(now));
        timeText.set(time.format(now));
    }

    public String siteName() {
        return siteName;
    }

    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeTextProperty() {
        return timeText.getReadOnlyProperty();
    }
}
