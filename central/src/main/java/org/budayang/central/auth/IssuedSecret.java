package org.budayang.central.auth;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A fresh kiosk secret and its hash, from {@code central issue-kiosk-secret --kiosk ID}: the secret
 * goes to the kiosk (once, by the technician), the {@link #configLine()} into central's configuration.
 *
 * @param kioskId the kiosk
 * @param secret  256 random bits, base64url without padding (43 characters)
 * @param hash    its PBKDF2 hash with a fresh salt
 */
public record IssuedSecret(String kioskId, String secret, SecretHash hash) {
    public IssuedSecret {
        if (!KioskId.isValid(kioskId)) {
            throw new IllegalArgumentException("IssuedSecret.kioskId: '" + kioskId + "' is not " + KioskId.FORMAT);
        }
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("IssuedSecret.secret must have at least 32 characters");
        }
    }

    public static IssuedSecret issue(String kioskId, SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedSecret(kioskId, secret, SecretHash.create(secret, SecretHash.DEFAULT_ITERATIONS, random));
    }

    /** {@code kiosk.<id>.secretHash=pbkdf2-sha256:...} for central's configuration file. */
    public String configLine() {
        return "kiosk." + kioskId + ".secretHash=" + hash.encoded();
    }

    @Override
    public String toString() {
        return "IssuedSecret[" + kioskId + "]";
    }
}
