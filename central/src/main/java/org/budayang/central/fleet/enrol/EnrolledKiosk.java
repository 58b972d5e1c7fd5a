package org.budayang.central.fleet.enrol;

import java.time.Instant;
import java.util.Objects;

/**
 * A row of {@code enrolled_kiosks}: the kiosk as enrolled (what {@code GET /api/v1/kiosks/self} echoes).
 *
 * @param kioskId    the id central gave it
 * @param name       its name as enrolled
 * @param regionCode the site's 12-digit region code
 * @param siteType   the kind of site
 * @param address    the site's address (a public place)
 * @param status     ACTIVE or REVOKED
 * @param enrolledAt when it enrolled
 */
public record EnrolledKiosk(String kioskId, String name, String regionCode, SiteType siteType, String address,
                            KioskStatus status, Instant enrolledAt) {
    public EnrolledKiosk {
        Objects.requireNonNull(kioskId, "EnrolledKiosk.kioskId");
        Objects.requireNonNull(name, "EnrolledKiosk.name");
        Objects.requireNonNull(regionCode, "EnrolledKiosk.regionCode");
        Objects.requireNonNull(siteType, "EnrolledKiosk.siteType");
        Objects.requireNonNull(address, "EnrolledKiosk.address");
        Objects.requireNonNull(status, "EnrolledKiosk.status");
        Objects.requireNonNull(enrolledAt, "EnrolledKiosk.enrolledAt");
    }
}
