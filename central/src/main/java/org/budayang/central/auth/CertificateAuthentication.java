package org.budayang.central.auth;

import java.security.cert.X509Certificate;

/**
 * Maps the client certificate of a TLS request to the kiosk it proves (mutual TLS, decision 0014). The
 * handshake has already proven that the client holds the certificate's private key.
 */
@FunctionalInterface
public interface CertificateAuthentication {
    /**
     * The kiosk id {@code certificate} proves now.
     *
     * @throws org.budayang.central.web.ApiException 401 with a precise code when it proves none (foreign CA,
     *                                               expired, unknown serial, revoked kiosk)
     */
    String kioskOf(X509Certificate certificate);
}
