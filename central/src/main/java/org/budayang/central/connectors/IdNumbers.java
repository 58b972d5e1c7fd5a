package org.budayang.central.connectors;

import org.budayang.api.identity.IdNumber;
import org.budayang.central.web.ApiException;

/** Validates ID numbers handed to connectors: 400 INVALID_ID_NUMBER naming the problem, with the citizen's message. */
public final class IdNumbers {
    private IdNumbers() {
    }

    /** The normalised 18 characters of a valid number, or a 400 naming the field and the problem. */
    public static String require(String field, String text) {
        try {
            return IdNumber.parse(text).value();
        } catch (IdNumber.InvalidIdNumberException e) {
            throw new ApiException(400, "INVALID_ID_NUMBER", field + ": " + e.getMessage() + " (" + e.problem()
                    + "); send the 18-character number as printed on the ID card.", e.problem().citizenMessage());
        }
    }
}
