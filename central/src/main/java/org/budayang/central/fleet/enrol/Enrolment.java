package org.budayang.central.fleet.enrol;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.budayang.central.fleet.tls.KioskCa;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrolment and trust of kiosks: ops create one-time codes for sites; a kiosk enrols with a code and a CSR
 * and gets a client certificate from the kiosk CA; an enrolled kiosk renews over mutual TLS; ops revoke.
 */
public final class Enrolment {
    private static final Logger LOG = LoggerFactory.getLogger(Enrolment.class);
    private static final Duration BACKDATE = Duration.ofMinutes(5);

    private final EnrolmentStore store;
    private final KioskCa ca;
    private final EnrolmentSettings settings;
    private final Clock clock;
    private final SecureRandom random;

    public Enrolment(EnrolmentStore store, KioskCa ca, EnrolmentSettings settings, Clock clock, SecureRandom random) {
        this.store = Objects.requireNonNull(store, "store");
        this.ca = Objects.requireNonNull(ca, "ca");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A code created for a site, shown once.
     *
     * @param code      the code (only its hash is stored)
     * @param expiresAt when it stops working
     */
    public record IssuedCode(EnrolmentCode code, SiteDetails site, Instant expiresAt) {
    }

    /** A kiosk's new certificate (enrolment or renewal). */
    public record Issued(String kioskId, X509Certificate certificate) {
    }

    public KioskCa ca() {
        return ca;
    }

    public Clock clock() {
        return clock;
    }

    public IssuedCode createCode(SiteDetails site, Duration validFor) {
        Duration validity = validFor == null ? settings.codeValidity() : validFor;
        EnrolmentCode code = EnrolmentCode.random(random);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(validity);
        store.insertCode(code, site, now, expiresAt);
        LOG.info("Enrolment code …{} created for a {} in region {}, valid until {}", code.hint(),
                site.siteType(), site.regionCode(), expiresAt);
        return new IssuedCode(code, site, expiresAt);
    }

    public List<CodeRow> codes() {
        return store.codes();
    }

    public Duration codeValidity() {
        return settings.codeValidity();
    }

    /** Enrols a kiosk: the code must be ISSUED and the CSR good; exactly one of concurrent uses of a code wins. */
    public Issued enrol(String typedCode, String csrPem, String name) {
        EnrolmentCode code;
        try {
            code = EnrolmentCode.parse(typedCode);
        } catch (IllegalArgumentException e) {
            throw unknownCode();
        }
        PublicKey key = CsrCheck.publicKey(csrPem);
        Instant now = clock.instant();
        CodeRow row = store.code(code).orElseThrow(Enrolment::unknownCode);
        row.state(now).requireUsable(code.hint());
        EnrolmentStore.Enrolled enrolled = store.enrol(code, name, now, kioskId -> ca.issueClient(key, kioskId,
                ca.newSerial(), now.minus(BACKDATE), now.plus(settings.certificateValidity())));
        if (enrolled instanceof EnrolmentStore.Enrolled.Refused refused) {
            refused.state().requireUsable(code.hint());
            throw new IllegalStateException("enrolment refused in state " + refused.state());
        }
        EnrolmentStore.Enrolled.Done done = (EnrolmentStore.Enrolled.Done) enrolled;
        LOG.info("Kiosk {} enrolled with code …{} (certificate {} until {})", done.kioskId(), code.hint(),
                done.certificate().getSerialNumber().toString(16), done.certificate().getNotAfter().toInstant());
        return new Issued(done.kioskId(), done.certificate());
    }

    /** A new certificate for an ACTIVE kiosk (its current one stays valid until its own expiry). */
    public Issued renew(String kioskId, String csrPem) {
        PublicKey key = CsrCheck.publicKey(csrPem);
        KioskStatus status = store.status(kioskId).orElseThrow(() -> new ApiException(409, "KIOSK_NOT_ENROLLED",
                "Kiosk " + kioskId + " is not an enrolled kiosk; only kiosks enrolled with a code renew.", null));
        status.requireRenewable(kioskId);
        Instant now = clock.instant();
        X509Certificate certificate = ca.issueClient(key, kioskId, ca.newSerial(), now.minus(BACKDATE),
                now.plus(settings.certificateValidity()));
        store.addCertificate(kioskId, certificate, now);
        LOG.info("Kiosk {} renewed its certificate: {} until {}", kioskId,
                certificate.getSerialNumber().toString(16), certificate.getNotAfter().toInstant());
        return new Issued(kioskId, certificate);
    }

    /** Revokes a kiosk at once: every certificate of it is refused from the next request on. */
    public KioskStatus revoke(String kioskId) {
        KioskStatus before = store.status(kioskId).orElseThrow(() -> new ApiException(404, "KIOSK_NOT_FOUND",
                "No enrolled kiosk has the id '" + kioskId + "'; see the kiosk ids in the enrolment code list "
                        + "(usedBy).", null));
        if (store.revoke(kioskId, clock.instant())) {
            LOG.warn("Kiosk {} revoked by ops: its certificates are refused from now on", kioskId);
        } else {
            LOG.info("Kiosk {} was {} already; revoking again changes nothing", kioskId, before);
        }
        return KioskStatus.REVOKED;
    }

    private static ApiException unknownCode() {
        return new ApiException(403, "ENROLMENT_CODE_UNKNOWN", "The enrolment code is not one central issued; "
                + "check it against the code sheet (16 characters, e.g. 7K3M-Q9XD-2HPA-V8TN) or ask central ops "
                + "for a new one.", "登记码无效，请核对后重试。");
    }
}
