package org.budayang.central.fleet.enrol;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Whether a kiosk id names a kiosk central may address (fleet commands): an enrolled kiosk that is
 * {@link KioskStatus#ACTIVE}. Read from the database on every call (no cache), like the certificate check.
 */
public final class KnownKiosks implements Predicate<String> {
    private final EnrolmentStore enrolled;

    public KnownKiosks(EnrolmentStore enrolled) {
        this.enrolled = Objects.requireNonNull(enrolled, "enrolled");
    }

    @Override
    public boolean test(String kioskId) {
        return enrolled.status(kioskId).map(status -> status == KioskStatus.ACTIVE).orElse(false);
    }
}
