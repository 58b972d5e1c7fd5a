package org.budayang.central.fleet.enrol;

import java.util.Objects;
import java.util.function.Predicate;
import org.budayang.central.auth.KioskRepository;

/**
 * Whether a kiosk id names a kiosk central may address (fleet commands): an enrolled kiosk that is
 * {@link KioskStatus#ACTIVE}, or — during the transition of decision 0014, and only for an id that was never
 * enrolled — a kiosk with an enabled secret of {@code kiosk.<id>.secretHash} (central synchronises the kiosks table
 * with the configuration at start, so with no secret configured this path knows no kiosk). A revoked enrolment
 * wins over a secret. Read from the database on every call (no cache), like the certificate check.
 */
public final class KnownKiosks implements Predicate<String> {
    private final EnrolmentStore enrolled;
    private final KioskRepository secrets;

    public KnownKiosks(EnrolmentStore enrolled, KioskRepository secrets) {
        this.enrolled = Objects.requireNonNull(enrolled, "enrolled");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    @Override
    public boolean test(String kioskId) {
        return enrolled.status(kioskId).map(status -> status == KioskStatus.ACTIVE)
                .orElseGet(() -> secrets.enabledSecret(kioskId).isPresent());
    }
}
