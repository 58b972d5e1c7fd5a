package org.budayang.central;

import java.security.SecureRandom;
import java.util.Map;
import org.budayang.api.ApiHeaders;
import org.budayang.central.auth.SecretHash;

/**
 * The kiosk secrets of #4, for the tests of that transition path only (KioskAuthenticationTest,
 * AuthenticationCacheTest): kiosks with these secrets configured, on a central started with
 * {@link PlatformServer#startWithKioskSecrets}. Every other test is a kiosk over mutual TLS ({@link TestKiosks}).
 */
public final class TestKioskSecrets {
    public static final String KIOSK = "KSK-620102-0001";
    public static final String SECRET = "test-secret-0001-aaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public static final String OTHER_KIOSK = "KSK-620102-0002";
    public static final String OTHER_SECRET = "test-secret-0002-bbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private TestKioskSecrets() {
    }

    private static final class Hashes {
        static final SecretHash FIRST = SecretHash.create(SECRET, SecretHash.DEFAULT_ITERATIONS, new SecureRandom());
        static final SecretHash SECOND = SecretHash.create(OTHER_SECRET, SecretHash.DEFAULT_ITERATIONS,
                new SecureRandom());
    }

    /** Both kiosks with their hashes, as the configuration would list them. */
    public static Map<String, SecretHash> configured() {
        return Map.of(KIOSK, Hashes.FIRST, OTHER_KIOSK, Hashes.SECOND);
    }

    /** {@link #auth()} plus an idempotency key. */
    public static String[] authWithKey(String key) {
        return new String[] {ApiHeaders.KIOSK_ID, KIOSK, ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + SECRET,
                ApiHeaders.IDEMPOTENCY_KEY, key};
    }

    /** The secret headers of the first kiosk (plain HTTP, no certificate). */
    public static String[] auth() {
        return new String[] {ApiHeaders.KIOSK_ID, KIOSK, ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + SECRET};
    }
}
