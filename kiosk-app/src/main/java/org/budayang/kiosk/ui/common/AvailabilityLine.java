package org.budayang.kiosk.ui.common;

import java.util.Objects;

/** One line of a guide's availability panel: a check that passed (✔) or failed (✘), in words. */
public record AvailabilityLine(boolean ok, String text) {
    public AvailabilityLine {
        Objects.requireNonNull(text, "text");
    }
}
