package org.budayang.driver.escpos;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;

/**
 * The four real-time status bytes ({@code DLE EOT 1..4}) and what they mean for the kiosk.
 *
 * <pre>
 *   n=1 printer:       bit 3 offline
 *   n=2 offline cause: bit 2 cover open, bit 3 paper fed by the button, bit 5 stopped at paper end, bit 6 error
 *   n=3 error cause:   bit 3 autocutter error, bit 5 unrecoverable error, bit 6 auto-recoverable error
 *   n=4 paper:         bits 2-3 near-end (0x0C), bits 5-6 paper end (0x60)
 * </pre>
 */
public record PrinterStatus(int printer, int offlineCause, int errorCause, int paper) {

    public PrinterStatus {
        for (int b : new int[] {printer, offlineCause, errorCause, paper}) {
            if (!EscPos.isStatusReply(b)) {
                throw new IllegalArgumentException(String.format("PrinterStatus: %02X is not a status reply"
                        + " (0xx1xx10)", b));
            }
        }
    }

    public boolean paperOut() {
        return (paper & 0x60) != 0 || (offlineCause & 0x20) != 0;
    }

    public boolean paperLow() {
        return (paper & 0x0C) != 0;
    }

    public boolean coverOpen() {
        return (offlineCause & 0x04) != 0;
    }

    public boolean cutterError() {
        return (errorCause & 0x08) != 0;
    }

    public boolean unrecoverable() {
        return (errorCause & 0x20) != 0;
    }

    public boolean offline() {
        return (printer & 0x08) != 0;
    }

    /** Why a job cannot be printed now, as a stable code, or empty when it can. */
    public Optional<String> blockingCode() {
        if (cutterError()) {
            return Optional.of("CUTTER_ERROR");
        }
        if (unrecoverable()) {
            return Optional.of("HARDWARE_ERROR");
        }
        if (paperOut()) {
            return Optional.of("PAPER_OUT");
        }
        if (coverOpen()) {
            return Optional.of("COVER_OPEN");
        }
        if (offline()) {
            return Optional.of("PRINTER_OFFLINE");
        }
        return Optional.empty();
    }

    /** The raw bytes for technicians, e.g. {@code DLE EOT 1-4: 12 12 12 1E}. */
    public String raw() {
        return String.format("DLE EOT 1-4: %02X %02X %02X %02X", printer, offlineCause, errorCause, paper);
    }

    /** The device status these bytes mean, with {@code link} named in the detail. */
    public DeviceStatus toDeviceStatus(Instant at, String link) {
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        if (paperLow() && !paperOut()) {
            conditions.add(Condition.PAPER_LOW);
        }
        if (paperOut()) {
            conditions.add(Condition.PAPER_OUT);
        }
        if (coverOpen()) {
            conditions.add(Condition.COVER_OPEN);
        }
        String detail = raw() + ", " + link;
        if (cutterError() || unrecoverable()) {
            return new DeviceStatus(Health.HARDWARE_ERROR, conditions, RecommendedAction.MAINTENANCE, at,
                    (cutterError() ? "autocutter error" : "unrecoverable error") + "; " + detail);
        }
        if (paperOut() || coverOpen()) {
            return new DeviceStatus(Health.USER_ERROR, conditions, RecommendedAction.CLEAR, at,
                    (paperOut() ? "paper out" : "cover open") + "; " + detail);
        }
        if (offline()) {
            return new DeviceStatus(Health.USER_ERROR, conditions, RecommendedAction.CLEAR, at,
                    "printer offline (paper being fed or waiting for recovery); " + detail);
        }
        if (paperLow()) {
            return new DeviceStatus(Health.DEGRADED, conditions, RecommendedAction.CLEAR, at,
                    "paper near its end: replace the roll soon; " + detail);
        }
        return new DeviceStatus(Health.ONLINE, conditions, RecommendedAction.NONE, at, detail);
    }
}
