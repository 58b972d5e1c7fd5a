package org.budayang.api.identity;

import java.time.Instant;

/**
 * The holder of a valid 医保电子凭证: the kiosk continues with this ID number exactly as if the card had been read.
 * An expired, used or unknown token is answered 4xx with a code ({@code EC_TOKEN_EXPIRED}, {@code EC_TOKEN_UNKNOWN})
 * instead.
 *
 * @param idNumber  the holder's ID number (valid GB 11643)
 * @param name      the holder's name
 * @param expiresAt when the token stops being accepted (the kiosk does not keep it beyond the session)
 */
public record EcTokenResult(String idNumber, String name, Instant expiresAt) {
    public EcTokenResult {
        idNumber = IdNumber.parse(idNumber).value();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("EcTokenResult.name must not be blank");
        }
        name = name.strip();
        if (expiresAt == null) {
            throw new IllegalArgumentException("EcTokenResult.expiresAt is required");
        }
    }

    @Override
    public String toString() {
        return "EcTokenResult[" + IdNumber.mask(idNumber) + "]";
    }
}
