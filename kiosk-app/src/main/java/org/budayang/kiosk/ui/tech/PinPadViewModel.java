package org.budayang.kiosk.ui.tech;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.budayang.kiosk.security.PinResult;
import org.budayang.kiosk.security.TechnicianGate;
import org.budayang.kiosk.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The technician's PIN pad. Digits are kept in a char array that is zeroed after every submit and
 * reset; only dots are shown. The gate decides (5 wrong PINs lock it for 15 minutes).
 */
public final class PinPadViewModel {
    /** The longest PIN the pad accepts. */
    public static final int MAX_DIGITS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(PinPadViewModel.class);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TechnicianGate gate;
    private final Messages messages;
    private final ZoneId zone;
    private final Runnable onAccepted;
    private final char[] digits = new char[MAX_DIGITS];
    private int length;
    private final ReadOnlyStringWrapper masked = new ReadOnlyStringWrapper(this, "masked", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public PinPadViewModel(TechnicianGate gate, Messages messages, ZoneId zone, Runnable onAccepted) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.onAccepted = Objects.requireNonNull(onAccepted, "onAccepted");
        message.set(messages.get("tech.pin.prompt"));
    }

    public void digit(int d) {
        if (d < 0 || d > 9) {
            throw new IllegalArgumentException("PIN pad digit must be 0..9, got " + d);
        }
        if (length < MAX_DIGITS) {
            digits[length++] = (char) ('0' + d);
            updateMask();
        }
    }

    public void delete() {
        if (length > 0) {
            digits[--length] = '\0';
            updateMask();
        }
    }

    public void submit() {
        if (length == 0) {
            message.set(messages.get("tech.pin.empty"));
            return;
        }
        char[] pin = Arrays.copyOf(digits, length);
        PinResult result;
        try {
            result = gate.submit(pin);
        } finally {
            Arrays.fill(pin, '\0');
            clearDigits();
        }
        if (result instanceof PinResult.Accepted) {
            LOG.info("Technician PIN accepted; opening the technician panel");
            message.set(messages.get("tech.pin.prompt"));
            onAccepted.run();
        } else if (result instanceof PinResult.Rejected r) {
            LOG.warn("Technician PIN rejected; {} attempts left before lockout", r.attemptsLeft());
            message.set(messages.get("tech.pin.rejected", r.attemptsLeft()));
        } else if (result instanceof PinResult.Locked l) {
            LOG.warn("Technician PIN entry locked until {}", l.until());
            message.set(messages.get("tech.pin.locked", UNTIL.format(l.until().atZone(zone))));
        }
    }

    /** Clears digits and message (cancel, idle wipe). */
    public void reset() {
        clearDigits();
        message.set(messages.get("tech.pin.prompt"));
    }

    private void clearDigits() {
        Arrays.fill(digits, '\0');
        length = 0;
        updateMask();
    }

    private void updateMask() {
        masked.set("●".repeat(length));
    }

    public ReadOnlyStringProperty maskedProperty() {
        return masked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
