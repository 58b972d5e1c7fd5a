package org.budayang.kiosk.availability;

/** Why an item cannot be done at this kiosk right now; the citizen text is in the resource bundles. */
public enum Reason {
    /** The item needs central and central did not answer at the last contact. */
    CENTRAL_UNREACHABLE("availability.reason.central_unreachable"),
    /** A device the item needs is not present at this kiosk. */
    DEVICE_MISSING("availability.reason.device_missing"),
    /** The item's service hours do not include the current local time. */
    OUTSIDE_SERVICE_HOURS("availability.reason.outside_service_hours");

    private final String bundleKey;

    Reason(String bundleKey) {
        this.bundleKey = bundleKey;
    }

    /** The resource-bundle key of the citizen text. */
    public String bundleKey() {
        return bundleKey;
    }
}
