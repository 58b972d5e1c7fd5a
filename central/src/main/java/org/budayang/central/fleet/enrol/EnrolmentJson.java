package org.budayang.central.fleet.enrol;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The JSON bodies of the enrolment routes (decision 0014). */
public final class EnrolmentJson {
    private EnrolmentJson() {
    }

    /**
     * {@code POST /api/v1/enrol}.
     *
     * @param code the one-time code from the code sheet
     * @param csr  a PKCS#10 request in PEM
     * @param name the kiosk's proposed name (e.g. 城关区政务服务中心 1 号机), 2..100 characters; optional
     */
    public record EnrolRequest(String code, String csr, String name) {
        public EnrolRequest {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("code: the enrolment code is required, e.g. 7K3M-Q9XD-2HPA-V8TN");
            }
            if (csr == null || csr.isBlank()) {
                throw new IllegalArgumentException("csr: a PKCS#10 request in PEM is required");
            }
            name = name == null || name.isBlank() ? "kiosk" : SiteDetails.text("name", name, 100);
        }
    }

    /** {@code POST /api/v1/kiosks/self/renew}: a CSR for the kiosk's new key (or its current one). */
    public record RenewRequest(String csr) {
        public RenewRequest {
            if (csr == null || csr.isBlank()) {
                throw new IllegalArgumentException("csr: a PKCS#10 request in PEM is required");
            }
        }
    }

    /**
     * The answer to enrolment and renewal.
     *
     * @param kioskId        the kiosk's id, also its certificate's CN
     * @param certificate    the kiosk's certificate (PEM)
     * @param chain          the certificate then the CA certificate (PEM each)
     * @param caCertificate  the kiosk CA's certificate, the kiosk's only trust anchor for central
     * @param caFingerprint  its SHA-256, as on the code sheet
     * @param notAfter       the end of the certificate's validity
     * @param apiUrl         central's mutual-TLS base URL, when central knows it
     */
    public record CertificateAnswer(String kioskId, String certificate, List<String> chain, String caCertificate,
                                    String caFingerprint, Instant notAfter, String apiUrl) {
        public CertificateAnswer {
            chain = List.copyOf(chain);
        }
    }

    /**
     * {@code POST /api/v1/ops/enrolment-codes}.
     *
     * @param validFor ISO-8601 duration (default the configured {@code fleet.codeValidity}, PT72H), up to P90D
     */
    public record CodeRequest(String regionCode, String siteType, String address, String hostOrganisation,
                              String contact, String validFor) {
        SiteDetails site() {
            return new SiteDetails(new RegionCode(regionCode), SiteType.parse(siteType), address, hostOrganisation,
                    contact);
        }

        Duration validity() {
            if (validFor == null || validFor.isBlank()) {
                return null;
            }
            try {
                Duration value = Duration.parse(validFor.strip());
                if (value.compareTo(Duration.ofMinutes(10)) >= 0 && value.compareTo(Duration.ofDays(90)) <= 0) {
                    return value;
                }
            } catch (java.time.format.DateTimeParseException e) {
                // reported below
            }
            throw new IllegalArgumentException("validFor: '" + validFor + "' is not an ISO-8601 duration from PT10M "
                    + "to P90D, e.g. PT72H");
        }
    }

    /** A created code: shown this once, with what the technician needs on site. */
    public record CodeSheet(String code, String hint, Site site, Instant expiresAt, String caFingerprint,
                            String enrolUrl) {
        public CodeSheet {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A site as JSON. */
    public record Site(String regionCode, SiteType siteType, String siteTypeLabel, String address,
                       String hostOrganisation, String contact) {
        static Site of(SiteDetails site) {
            return new Site(site.regionCode().value(), site.siteType(), site.siteType().label(), site.address(),
                    site.hostOrganisation(), site.contact());
        }
    }

    /** A code in the ops list (never the code, only its last four characters). */
    public record CodeEntry(String hint, Site site, Instant createdAt, Instant expiresAt, CodeState state,
                            Instant usedAt, String usedBy) {
    }

    /** {@code POST /api/v1/ops/kiosks/{kioskId}/revoke}. */
    public record Revoked(String kioskId, KioskStatus status) {
    }
}
