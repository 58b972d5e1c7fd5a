package org.budayang.central;

import java.security.SecureRandom;
import java.util.Map;
import org.budayang.api.ApiHeaders;
import org.budayang.central.auth.SecretHash;

/**
 * The kiosk credentials of the tests: one place for the kiosk id, its secret and the headers a
 * kiosk sends. The hash uses the production iteration count and is computed once per JVM.
 */
public final class TestKiosks {
    public static final String KIOSK = "KSK-620102-0001";
    public static final String SECRET = "test-secret-0001-aaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public static final String OTHER_KIOSK = "KSK-620102-0002";
    public static final String OTHER_SECRET = "test-secret-0002-bbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    private TestKiosks() {
    }

    private static final class Hashes {
        static final SecretHash FIRST = SecretHash.create(SECRET, SecretHash.DEFAULT_ITERATIONS, new SecureRandom());
        static final SecretHash SECOND = SecretHash.create(OTHER_SECRET, SecretHash.DEFAULT_ITERATIONS,
                new SecureRandom());
    }

    /** Both test kiosks with their hashes, as the configuration would list them. */
    public static Map<String, SecretHash> configured() {
        return Map.of(KIOSK, Hashes.FIRST, OTHER_KIOSK, Hashes.SECOND);
    }

    /** The authentication headers of the first test kiosk. */
    public static String[] auth() {
        return new String[] {ApiHeaders.KIOSK_ID, KIOSK, ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + SECRET};
    }

    /** The authentication headers plus an idempotency key, for POST/PUT/DELETE. */
    public static String[] authWithKey(String key) {
        return new String[] {ApiHeaders.KIOSK_ID, KIOSK, ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + SECRET,
                ApiHeaders.IDEMPOTENCY_KEY, key};
    }
}
