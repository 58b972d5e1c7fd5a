package org.budayang.kiosk.service;

import org.apache.hc.core5.http.HttpRequest;

/**
 * How the kiosk proves itself to central on every call of {@link CentralApi}. Today a per-kiosk secret
 * ({@link KioskSecretAuth}: {@code X-Budayang-Kiosk} and {@code Authorization: Bearer}); the fleet issue replaces it
 * with mutual TLS, which needs no header and will be another implementation.
 */
public interface CentralAuth {

    /** Adds the credentials to a request about to be sent. */
    void apply(HttpRequest request);

    /** What this authenticates as, for logs (the kiosk id; never a secret). */
    String describe();

    /** A kiosk not enrolled yet: nothing is added, and central answers its department calls 401. */
    static CentralAuth none() {
        return new CentralAuth() {
            @Override
            public void apply(HttpRequest request) {
                // nothing to add: central refuses with KIOSK_UNAUTHENTICATED, which names the missing headers
            }

            @Override
            public String describe() {
                return "no kiosk credentials (kiosk.id and kiosk.secretFile are not configured)";
            }
        };
    }
}
