package org.budayang.central.console.data;

import java.util.Objects;

/**
 * Where an enrolled kiosk stands, as fleet-trust recorded it at enrolment ({@code enrolled_kiosks}).
 *
 * @param name             the kiosk's name
 * @param siteType         the site type's name (e.g. GOVERNMENT_SERVICE_CENTER)
 * @param address          street address of the site
 * @param hostOrganisation the hall, bank branch or post office hosting it
 */
public record KioskSite(String name, String siteType, String address, String hostOrganisation) {
    public KioskSite {
        Objects.requireNonNull(name, "KioskSite.name");
        Objects.requireNonNull(siteType, "KioskSite.siteType");
        Objects.requireNonNull(address, "KioskSite.address");
        Objects.requireNonNull(hostOrganisation, "KioskSite.hostOrganisation");
    }

    /** The Chinese label of the site type (its name when fleet-trust's enum no longer knows it). */
    public String siteTypeLabel() {
        return EnrolmentCodeQuery.siteLabel(siteType);
    }
}
