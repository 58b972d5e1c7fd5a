package org.budayang.provisioning.probe;

import java.util.Objects;

/**
 * A device that answered a driver's handshake.
 *
 * @param driver   the driver whose handshake it answered, e.g. {@code escpos}
 * @param role     the kiosk role the driver serves, e.g. {@code receiptPrinter}
 * @param baud     the baud rate it answered at
 * @param identity what the driver learnt (model, firmware, SAM id, status bytes); never personal data
 */
public record Identified(String driver, String role, int baud, String identity) {
    public Identified {
        Objects.requireNonNull(driver, "Identified.driver is required");
        Objects.requireNonNull(role, "Identified.role is required");
        if (baud <= 0) {
            throw new IllegalArgumentException("Identified.baud must be positive, got " + baud);
        }
        Objects.requireNonNull(identity, "Identified.identity is required (may be empty)");
    }
}
