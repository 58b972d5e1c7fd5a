package org.budayang.kiosk.core.enrol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.budayang.api.ApiHeaders;
import org.budayang.api.json.ApiJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's side of enrolment (decision 0014): makes an EC P-256 key pair and a CSR, sends them with the
 * one-time code to central's TLS port trusting only the CA fingerprint of the code sheet, checks the answer
 * (the CA is the pinned one, the certificate is for this key and signed by that CA) and keeps key, chain,
 * CA and central's URL in {@link KioskCredentials} under {@code dir}. Renews over mutual TLS, with a new key,
 * once less than {@link #RENEW_BEFORE} of the certificate's validity remains.
 */
public final class KioskEnrolment {
    private static final Logger LOG = LoggerFactory.getLogger(KioskEnrolment.class);
    public static final Duration RENEW_BEFORE = Duration.ofDays(30);
    static final String RENEW_PATH = "/api/v1/kiosks/self/renew";

    private final Path dir;
    private final Clock clock;
    private final SecureRandom random;
    private final ObjectMapper json = ApiJson.mapper();

    /** @param dir where the credentials live, e.g. {@code <kiosk data dir>/fleet} */
    public KioskEnrolment(Path dir, Clock clock, SecureRandom random) {
        this.dir = Objects.requireNonNull(dir, "KioskEnrolment.dir");
        this.clock = Objects.requireNonNull(clock, "KioskEnrolment.clock");
        this.random = Objects.requireNonNull(random, "KioskEnrolment.random");
    }

    public Optional<KioskCredentials> current() {
        return KioskCredentials.load(dir);
    }

    /**
     * The stored credentials when they are from the central of the sheet in {@code sheetFile} (same CA);
     * otherwise (none yet, or central's CA was replaced) enrolment with that sheet.
     */
    public KioskCredentials ensureEnrolled(Path sheetFile, String name) {
        CodeSheet sheet = CodeSheet.read(sheetFile);
        Optional<KioskCredentials> stored = current();
        if (stored.isPresent() && PinnedCaTrust.fingerprint(stored.get().ca()).equals(sheet.caFingerprint())) {
            KioskCredentials kept = stored.get();
            URI sheetBase = URI.create(sheet.enrolUrl().getScheme() + "://" + sheet.enrolUrl().getRawAuthority());
            if (kept.apiUrl().equals(sheetBase)) {
                return kept;
            }
            // the same central (same CA) answers at another address now: the sheet says where
            KioskCredentials moved = new KioskCredentials(kept.kioskId(), sheetBase, kept.key(), kept.chain(), kept.ca());
            moved.store(dir, random);
            LOG.info("Kiosk {} now calls central at {} (was {})", kept.kioskId(), sheetBase, kept.apiUrl());
            return moved;
        }
        stored.ifPresent(old -> LOG.warn("Kiosk {} holds credentials from another kiosk CA than the code sheet's; "
                + "enrolling again", old.kioskId()));
        return enrol(sheet, name);
    }

    /** Enrols with {@code sheet}; the kiosk's proposed {@code name} is shown to ops. */
    public KioskCredentials enrol(CodeSheet sheet, String name) {
        KeyPair keys = newKeys();
        String body = write(Map.of("code", sheet.code(), "csr", CsrBuilder.pem(keys), "name", name));
        JsonNode answer;
        try (CloseableHttpClient client = MutualTlsHttpClients.pinned(sheet.caFingerprint())) {
            answer = post(client, sheet.enrolUrl(), body, null, 201);
        } catch (IOException e) {
            throw unreachable(sheet.enrolUrl(), e);
        }
        X509Certificate ca = certificates(answer.path("caCertificate").asText()).get(0);
        if (!PinnedCaTrust.fingerprint(ca).equals(sheet.caFingerprint())) {
            throw new EnrolmentException("CA_FINGERPRINT_MISMATCH", "Central answered with a CA certificate whose "
                    + "SHA-256 is " + PinnedCaTrust.fingerprint(ca) + ", not the code sheet's " + sheet.caFingerprint());
        }
        URI apiUrl = answer.hasNonNull("apiUrl") ? URI.create(answer.get("apiUrl").asText())
                : URI.create(sheet.enrolUrl().getScheme() + "://" + sheet.enrolUrl().getRawAuthority());
        KioskCredentials credentials = credentials(answer, keys, ca, apiUrl);
        credentials.store(dir, random);
        LOG.info("Kiosk enrolled as {} with central {} (certificate until {})", credentials.kioskId(), apiUrl,
                credentials.certificate().getNotAfter().toInstant());
        return credentials;
    }

    /** Renews when less than {@link #RENEW_BEFORE} remains; empty when not enrolled or not due yet. */
    public Optional<KioskCredentials> renewIfDue() {
        Optional<KioskCredentials> stored = current();
        if (stored.isEmpty() || stored.get().remaining(clock).compareTo(RENEW_BEFORE) >= 0) {
            return Optional.empty();
        }
        return Optional.of(renew(stored.get()));
    }

    /** A new certificate for a new key, over mutual TLS with the current one; stored in place of it. */
    public KioskCredentials renew(KioskCredentials current) {
        KeyPair keys = newKeys();
        URI url = URI.create(current.apiUrl() + RENEW_PATH);
        JsonNode answer;
        try (CloseableHttpClient client = MutualTlsHttpClients.create(current)) {
            answer = post(client, url, write(Map.of("csr", CsrBuilder.pem(keys))), UUID.randomUUID().toString(), 200);
        } catch (IOException e) {
            throw unreachable(url, e);
        }
        KioskCredentials renewed = credentials(answer, keys, current.ca(), current.apiUrl());
        if (!renewed.kioskId().equals(current.kioskId())) {
            throw new EnrolmentException("ANSWER_INVALID", "Central renewed the certificate for "
                    + renewed.kioskId() + ", not for this kiosk " + current.kioskId());
        }
        renewed.store(dir, random);
        LOG.info("Kiosk {} renewed its certificate (now until {})", renewed.kioskId(),
                renewed.certificate().getNotAfter().toInstant());
        return renewed;
    }

    private KioskCredentials credentials(JsonNode answer, KeyPair keys, X509Certificate ca, URI apiUrl) {
        List<X509Certificate> chain = certificates(answer.path("certificate").asText());
        X509Certificate certificate = chain.get(0);
        if (!certificate.getPublicKey().equals(keys.getPublic())) {
            throw new EnrolmentException("ANSWER_INVALID", "The certificate from central is not for this kiosk's key");
        }
        try {
            certificate.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new EnrolmentException("ANSWER_INVALID", "The certificate from central is not signed by its kiosk "
                    + "CA: " + e.getMessage(), e);
        }
        String kioskId = KioskCredentials.commonName(certificate);
        if (!kioskId.equals(answer.path("kioskId").asText())) {
            throw new EnrolmentException("ANSWER_INVALID", "Central's answer names kiosk "
                    + answer.path("kioskId").asText() + " but the certificate " + kioskId);
        }
        return new KioskCredentials(kioskId, apiUrl, keys.getPrivate(), List.of(certificate, ca), ca);
    }

    private JsonNode post(CloseableHttpClient client, URI url, String body, String idempotencyKey, int expected)
            throws IOException {
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        if (idempotencyKey != null) {
            post.setHeader(ApiHeaders.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return client.execute(post, response -> {
            String text = response.getEntity() == null ? ""
                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            JsonNode parsed = text.isEmpty() ? json.nullNode() : json.readTree(text);
            if (response.getCode() != expected) {
                String code = parsed.path("code").asText("HTTP_" + response.getCode());
                throw new EnrolmentException(code, "Central refused " + url.getPath() + " with "
                        + response.getCode() + ": " + parsed.path("detail").asText(text));
            }
            return parsed;
        });
    }

    private List<X509Certificate> certificates(String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (var certificate : factory.generateCertificates(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                certificates.add((X509Certificate) certificate);
            }
        } catch (GeneralSecurityException e) {
            throw new EnrolmentException("ANSWER_INVALID", "Central's answer holds no readable certificate: "
                    + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new EnrolmentException("ANSWER_INVALID", "Central's answer holds no certificate");
        }
        return certificates;
    }

    private KeyPair newKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 keys are not available in this JDK", e);
        }
    }

    private String write(Map<String, String> body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write an enrolment request", e);
        }
    }

    private static EnrolmentException unreachable(URI url, IOException e) {
        String detail = e.getMessage();
        if (e instanceof javax.net.ssl.SSLException) {
            detail = "TLS failed (" + e.getMessage() + "); check the CA fingerprint of the code sheet and the URL";
        }
        return new EnrolmentException("CENTRAL_UNREACHABLE", "Cannot reach central at " + url + ": " + detail, e);
    }
}
