package org.budayang.central.fleet.enrol;

import java.util.Objects;

/**
 * The site an enrolment code is for and the kiosk enrolled with it is at.
 *
 * @param regionCode       the site's 统计用区划代码
 * @param siteType         what kind of site
 * @param address          street address, 2..200 characters
 * @param hostOrganisation the hall, bank branch or post office hosting the kiosk, 2..100 characters
 * @param contact          who to call on site (name and telephone), 2..100 characters
 */
public record SiteDetails(RegionCode regionCode, SiteType siteType, String address, String hostOrganisation,
                          String contact) {
    public SiteDetails {
        Objects.requireNonNull(regionCode, "SiteDetails.regionCode is required, e.g. 620102000000");
        Objects.requireNonNull(siteType, "SiteDetails.siteType is required, e.g. GOVERNMENT_SERVICE_CENTER");
        address = text("address", address, 200);
        hostOrganisation = text("hostOrganisation", hostOrganisation, 100);
        contact = text("contact", contact, 100);
    }

    static String text(String field, String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() < 2 || stripped.length() > max) {
            throw new IllegalArgumentException(field + ": must have 2.." + max + " characters, has "
                    + stripped.length());
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + ": must not contain control characters (line breaks, tabs)");
        }
        return stripped;
    }
}
