package org.budayang.api.identity;

import java.time.LocalDate;

/**
 * A resident ID card as the kiosk's reader read it, to be checked against the 公安 register.
 * The ID number's content is checked by central with {@link IdNumber#parse(String)} (so that the
 * answer names the exact problem); {@link #toString()} masks the number and leaves the name out.
 *
 * @param idNumber  the 18-character number on the card
 * @param name      the name on the card
 * @param validFrom first day of validity
 * @param validTo   last day of validity; null means 长期 (long-term)
 */
public record IdCardCheckRequest(String idNumber, String name, LocalDate validFrom, LocalDate validTo) {
    public static final int MAX_NAME_LENGTH = 64;

    public IdCardCheckRequest {
        if (idNumber == null) {
            throw new IllegalArgumentException("IdCardCheckRequest.idNumber is required");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("IdCardCheckRequest.name is required and must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("IdCardCheckRequest.name has " + name.length()
                    + " characters; at most " + MAX_NAME_LENGTH + " are accepted");
        }
        if (validFrom == null) {
            throw new IllegalArgumentException("IdCardCheckRequest.validFrom is required");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("IdCardCheckRequest.validTo " + validTo + " is before validFrom "
                    + validFrom + "; send null for a long-term (长期) card");
        }
    }

    @Override
    public String toString() {
        return "IdCardCheckRequest[" + IdNumber.mask(idNumber) + ", valid " + validFrom + " to "
                + (validTo == null ? "长期" : validTo) + "]";
    }
}
