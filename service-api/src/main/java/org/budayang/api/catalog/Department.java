package org.budayang.api.catalog;

/** The four departments whose functions an integrated kiosk combines (DOMAIN.md, seed item 28). */
public enum Department {
    PUBLIC_SECURITY("公安"),
    TAX("税务"),
    SOCIAL_SECURITY("社保"),
    MEDICAL_INSURANCE("医保");

    private final String shortName;

    Department(String shortName) {
        this.shortName = shortName;
    }

    /** The short Chinese name a citizen knows the department by, e.g. 公安. */
    public String shortName() {
        return shortName;
    }
}
