package org.budayang.central.fleet.enrol;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.budayang.central.auth.CertificateAuthentication;
import org.budayang.central.fleet.tls.KioskCa;
import org.budayang.central.web.ApiException;

/**
 * Maps a client certificate to its enrolled kiosk, on every request (no cache: a revocation counts from the
 * next request). Refusals are 401 with a code each: {@code KIOSK_CERTIFICATE_FOREIGN} (not signed by
 * central's kiosk CA — forged or from another CA), {@code KIOSK_CERTIFICATE_EXPIRED} (outside its validity by
 * central's clock), {@code KIOSK_CERTIFICATE_UNKNOWN} (central's CA never recorded it) and
 * {@code KIOSK_REVOKED}. The CA's signature on a certificate never changes, so certificates found signed by the
 * CA are remembered by their SHA-256 fingerprint (at most {@value #SIGNED_LIMIT} — every certificate of a province's
 * fleet with renewals, ~100 bytes each — then forgotten all at once): the ECDSA verification runs once per
 * certificate and node, not per request; validity, revocation and the record are checked on every request.
 */
public final class KioskCertificateCheck implements CertificateAuthentication {
    private final KioskCa ca;
    private final EnrolmentStore store;
    private final Clock clock;
    static final int SIGNED_LIMIT = 250_000;
    private final java.util.Set<String> signed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public KioskCertificateCheck(KioskCa ca, EnrolmentStore store, Clock clock) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String kioskOf(X509Certificate certificate) {
        String serial = certificate.getSerialNumber().toString(16);
        if (!signedByCa(certificate)) {
            throw refused("KIOSK_CERTIFICATE_FOREIGN", "The client certificate " + serial + " (issuer "
                    + certificate.getIssuerX500Principal().getName() + ") is not signed by central's kiosk CA (SHA-256 "
                    + ca.fingerprint() + "); enrol the kiosk with a code from central ops.");
        }
        Instant now = clock.instant();
        if (now.isBefore(certificate.getNotBefore().toInstant()) || now.isAfter(certificate.getNotAfter().toInstant())) {
            throw refused("KIOSK_CERTIFICATE_EXPIRED", "The client certificate " + serial + " is valid from "
                    + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant()
                    + ", not now (" + now + "); a kiosk renews before expiry, after it enrols again with a new code.");
        }
        CertificateRow row = store.certificate(serial).orElseThrow(() -> refused("KIOSK_CERTIFICATE_UNKNOWN",
                "The client certificate " + serial + " is signed by central's CA but central has no record of "
                        + "issuing it (database restored from an older backup?); enrol the kiosk again."));
        if (row.status() != KioskStatus.ACTIVE) {
            throw refused("KIOSK_REVOKED", "Kiosk " + row.kioskId() + " is " + row.status() + "; central ops "
                    + "revoked it. It must enrol again with a new code.");
        }
        return row.kioskId();
    }

    private boolean signedByCa(X509Certificate certificate) {
        String fingerprint = KioskCa.fingerprint(certificate);
        if (signed.contains(fingerprint)) {
            return true;
        }
        if (!ca.issued(certificate)) {
            return false;
        }
        if (signed.size() >= SIGNED_LIMIT) {
            signed.clear();
        }
        signed.add(fingerprint);
        return true;
    }

    private static ApiException refused(String code, String detail) {
        return new ApiException(401, code, detail, null);
    }
}
