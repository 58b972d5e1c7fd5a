package org.budayang.central.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import org.budayang.central.web.ApiException;

/**
 * Authenticates the kiosk of every matched {@code /api/v1} route that is not {@link Access#PUBLIC}: by the client
 * certificate of the mutual-TLS connection only (decision 0014; the per-kiosk secret of #4 is gone). A request
 * with a certificate is mapped to its kiosk by {@link CertificateAuthentication}, which refuses a foreign,
 * expired, unknown or revoked one with its own 401; a request without one — or over plain HTTP — is refused 401
 * {@code KIOSK_CERTIFICATE_MISSING} with how to enrol.
 */
public final class KioskAuthenticator implements Handler {
    static final String MISSING_CODE = "KIOSK_CERTIFICATE_MISSING";
    private static final String CERTIFICATES_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
    private static final String ENROL = "A kiosk gets its certificate by enrolling: central ops create an enrolment "
            + "code (POST /api/v1/ops/enrolment-codes), the technician enters it on the kiosk (technician panel or "
            + "'provision enrol'), which sends its CSR to POST /api/v1/enrol.";

    private final CertificateAuthentication certificates;

    public KioskAuthenticator(CertificateAuthentication certificates) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
    }

    /**
     * The client certificate of this request's TLS connection (the kiosk's, once {@link #handle} has accepted it);
     * empty over plain HTTP or without one.
     */
    public static Optional<X509Certificate> certificate(Context ctx) {
        Object chain = ctx.req().getAttribute(CERTIFICATES_ATTRIBUTE);
        if (chain instanceof X509Certificate[] presented && presented.length > 0) {
            return Optional.of(presented[0]);
        }
        return Optional.empty();
    }

    @Override
    public void handle(Context ctx) {
        if (!ctx.path().startsWith("/api/") || ctx.routeRoles().contains(Access.PUBLIC)) {
            return;
        }
        Optional<X509Certificate> presented = certificate(ctx);
        if (presented.isPresent()) {
            KioskIdentity.set(ctx, new KioskIdentity(certificates.kioskOf(presented.get())));
            return;
        }
        ctx.header("WWW-Authenticate", "Mutual-TLS realm=\"budayang-kiosk\"");
        throw new ApiException(401, MISSING_CODE, (ctx.scheme().equals("https")
                ? "No client certificate was presented; every /api/v1 kiosk route needs the kiosk's certificate "
                + "from enrolment in the TLS handshake. "
                : "Kiosk routes are served over mutual TLS only; call central's TLS port (https) with the kiosk's "
                + "certificate from enrolment. ") + ENROL, null);
    }
}
