package org.budayang.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.budayang.api.ApiHeaders;
import org.budayang.api.json.ApiJson;
import org.budayang.central.fleet.tls.KioskCa;
import org.budayang.central.fleet.tls.Pem;

/**
 * Kiosks of the tests over mutual TLS: one test kiosk CA per JVM (its files in {@code target/test-kiosk-ca},
 * configured as {@code tls.caCert}/{@code tls.caKey}), the ops token, and {@link #enrol} — creates a code as
 * ops, enrols a fresh EC P-256 key with it over TLS (trusting only the CA fingerprint of the code sheet) and
 * returns the kiosk with a {@link java.net.http.HttpClient} that presents its certificate.
 */
public final class TestFleet {
    public static final String OPS_TOKEN = "test-ops-token-0123456789-abcdefghijklmnop";
    public static final String REGION = "620102000000";
    private static final ObjectMapper JSON = ApiJson.mapper();

    private TestFleet() {
    }

    private static final class Ca {
        static final Path DIR = Path.of("target", "test-kiosk-ca", UUID.randomUUID().toString());
        static final KioskCa CA = KioskCa.loadOrCreate(DIR, Clock.systemUTC(), new SecureRandom());
    }

    /** The two test kiosks of {@link TestKiosks}, with certificates of the test CA valid 2000..2100. */
    private static final class Known {
        static final Map<String, Kiosk> KIOSKS = Map.of(TestKiosks.KIOSK, make(TestKiosks.KIOSK),
                TestKiosks.OTHER_KIOSK, make(TestKiosks.OTHER_KIOSK));

        private static Kiosk make(String kioskId) {
            KeyPair keys = ecKeys();
            X509Certificate certificate = ca().issueClient(keys.getPublic(), kioskId, ca().newSerial(),
                    Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
            List<X509Certificate> chain = List.of(certificate, ca().certificate());
            return new Kiosk(kioskId, keys, chain, client(keys, chain, ca().certificate()));
        }
    }

    /** http port → TLS port of every test central started ({@link #remember}). */
    private static final Map<Integer, Integer> TLS_PORTS = new ConcurrentHashMap<>();

    /** Whether {@code kioskId} is one of the test kiosks of {@link TestKiosks}. */
    public static boolean isTestKiosk(String kioskId) {
        return Known.KIOSKS.containsKey(kioskId);
    }

    /** A test kiosk of {@link TestKiosks} ({@code KIOSK} or {@code OTHER_KIOSK}) with its mTLS client. */
    public static Kiosk testKiosk(String kioskId) {
        Kiosk kiosk = Known.KIOSKS.get(kioskId);
        if (kiosk == null) {
            throw new IllegalArgumentException(kioskId + " is not a test kiosk; use TestKiosks.KIOSK or OTHER_KIOSK, "
                    + "or TestFleet.enrol for a fresh one");
        }
        return kiosk;
    }

    /**
     * Records the test kiosks of {@link TestKiosks} as enrolled, with their certificates, in a test central's
     * database (as enrolment would; idempotent, for databases shared between servers).
     */
    public static void registerTestKiosks(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            for (Kiosk kiosk : Known.KIOSKS.values()) {
                try (PreparedStatement exists = connection.prepareStatement(
                        "SELECT COUNT(*) FROM enrolled_kiosks WHERE kiosk_id = ?")) {
                    exists.setString(1, kiosk.kioskId());
                    try (ResultSet rows = exists.executeQuery()) {
                        rows.next();
                        if (rows.getInt(1) > 0) {
                            continue;
                        }
                    }
                }
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO enrolled_kiosks (kiosk_id, "
                        + "name, region_code, site_type, address, host_organisation, contact, status, enrolled_at) "
                        + "VALUES (?, 'test kiosk', ?, 'GOVERNMENT_SERVICE_CENTER', '城关区测试路 1 号', '测试大厅', "
                        + "'测试值班员', 'ACTIVE', ?)")) {
                    insert.setString(1, kiosk.kioskId());
                    insert.setString(2, REGION);
                    insert.setObject(3, now);
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kiosk_certificates (serial, "
                        + "kiosk_id, not_before, not_after, issued_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, kiosk.certificate().getSerialNumber().toString(16));
                    insert.setString(2, kiosk.kioskId());
                    insert.setObject(3, kiosk.certificate().getNotBefore().toInstant().atOffset(ZoneOffset.UTC));
                    insert.setObject(4, kiosk.certificate().getNotAfter().toInstant().atOffset(ZoneOffset.UTC));
                    insert.setObject(5, now);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("Cannot register the test kiosks: " + e, e);
        }
    }

    /** Remembers a started test central's TLS port, so that {@link #tls(String)} can map its URLs. */
    public static void remember(CentralServer server) {
        server.tlsPort().ifPresent(tls -> TLS_PORTS.put(server.port(), tls));
    }

    /**
     * {@code http://127.0.0.1:<port>/path} of a test central as {@code https://127.0.0.1:<tls port>/path}: kiosk
     * calls go to the TLS port. A URL that is https already is returned as it is.
     */
    public static String tls(String url) {
        URI uri = URI.create(url);
        if ("https".equals(uri.getScheme())) {
            return url;
        }
        Integer port = TLS_PORTS.get(uri.getPort());
        if (port == null) {
            throw new AssertionError("No test central with a TLS port listens behind " + url + "; start it with "
                    + "PlatformServer or TestPlatform.secured");
        }
        return "https://" + uri.getHost() + ":" + port + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The test CA's kiosk certificate check, TLS context and ops token for a server built by hand. */
    public static org.budayang.central.fleet.enrol.FleetTrust trust(DataSource dataSource, Clock clock) {
        return org.budayang.central.fleet.enrol.FleetTrust.create(
                org.budayang.central.fleet.tls.TlsSettings.from(Map.of()),
                org.budayang.central.fleet.enrol.EnrolmentSettings.defaults(), ca(), dataSource, clock,
                new SecureRandom(), OPS_TOKEN);
    }

    /** The test kiosk CA (central's, in the tests). */
    public static KioskCa ca() {
        return Ca.CA;
    }

    /** The headers of an ops request: the ops token of the test centrals and the acting ops {@code user}. */
    public static String[] ops(String user) {
        return new String[] {ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + OPS_TOKEN,
                org.budayang.api.fleet.FleetPaths.OPS_USER_HEADER, user};
    }

    /** tls.caCert, tls.caKey and ops.token for a test central. */
    public static java.util.Properties properties() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("tls.caCert", Ca.DIR.resolve(KioskCa.CERT_FILE).toString());
        properties.setProperty("tls.caKey", Ca.DIR.resolve(KioskCa.KEY_FILE).toString());
        properties.setProperty("ops.token", OPS_TOKEN);
        return properties;
    }

    /**
     * An enrolled test kiosk.
     *
     * @param kioskId its id from central
     * @param keys    its key pair
     * @param chain   its certificate and the CA's
     * @param client  an HTTP client presenting that certificate and trusting only the CA
     */
    public record Kiosk(String kioskId, KeyPair keys, List<X509Certificate> chain, HttpClient client) {
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** Creates a code as ops at {@code httpUrl} and enrols a new kiosk with it at {@code tlsUrl}. */
    public static Kiosk enrol(String httpUrl, String tlsUrl) {
        JsonNode sheet = createCode(httpUrl, null);
        KeyPair keys = ecKeys();
        HttpResponse<String> answer = send(pinnedClient(sheet.get("caFingerprint").asText()), "POST",
                tlsUrl + "/api/v1/enrol", enrolBody(sheet.get("code").asText(), csr(keys)));
        if (answer.statusCode() != 201) {
            throw new AssertionError("enrolment failed: " + answer.statusCode() + " " + answer.body());
        }
        JsonNode body = read(answer.body());
        List<X509Certificate> chain = Pem.certificates(String.join("", JSON.convertValue(body.get("chain"),
                String[].class)));
        return new Kiosk(body.get("kioskId").asText(), keys, chain, client(keys, chain, ca().certificate()));
    }

    /** POST /api/v1/ops/enrolment-codes as ops; {@code validFor} null for the default. */
    public static JsonNode createCode(String httpUrl, String validFor) {
        String body = "{\"regionCode\":\"" + REGION + "\",\"siteType\":\"政务服务中心\",\"address\":\"城关区测试路 1 号\","
                + "\"hostOrganisation\":\"城关区政务服务中心\",\"contact\":\"值班员 0931-0000000\""
                + (validFor == null ? "" : ",\"validFor\":\"" + validFor + "\"") + "}";
        HttpResponse<String> response = Http.sendBody("POST", httpUrl + "/api/v1/ops/enrolment-codes", body,
                ops("test.operator"));
        if (response.statusCode() != 201) {
            throw new AssertionError("creating an enrolment code failed: " + response.statusCode() + " "
                    + response.body());
        }
        return read(response.body());
    }

    public static String enrolBody(String code, String csr) {
        try {
            return JSON.writeValueAsString(java.util.Map.of("code", code, "csr", csr, "name", "测试机"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** A PKCS#10 request in PEM for {@code keys}, signed with them. */
    public static String csr(KeyPair keys) {
        try {
            String algorithm = keys.getPrivate().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            byte[] der = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=kiosk"), keys.getPublic())
                    .build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())).getEncoded();
            return Pem.encode("CERTIFICATE REQUEST", der);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A client presenting {@code chain} with {@code keys}, trusting only {@code anchor}. */
    public static HttpClient client(KeyPair keys, List<X509Certificate> chain, X509Certificate anchor) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("kiosk", keys.getPrivate(), new char[0], chain.toArray(new X509Certificate[0]));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
            keyManagers.init(store, new char[0]);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", anchor);
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX");
            trustManagers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1).build();
        } catch (GeneralSecurityException | IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A client without a certificate that trusts a server chain holding the CA with {@code fingerprint}. */
    public static HttpClient pinnedClient(String fingerprint) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new PinnedCa(fingerprint)}, null);
            return HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5))
                    .version(HttpClient.Version.HTTP_1_1).build();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** Sends {@code body} (JSON; GET when null) with a fresh idempotency key. */
    public static HttpResponse<String> send(HttpClient client, String method, String url, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header(ApiHeaders.IDEMPOTENCY_KEY, UUID.randomUUID().toString())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + url + " was interrupted", e);
        }
    }

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** Trusts a server chain that holds the CA certificate with the pinned fingerprint and is valid under it. */
    private static final class PinnedCa extends X509ExtendedTrustManager {
        private final String fingerprint;

        PinnedCa(String fingerprint) {
            this.fingerprint = fingerprint;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            X509Certificate anchor = null;
            for (X509Certificate certificate : chain) {
                if (KioskCa.fingerprint(certificate).equals(fingerprint)) {
                    anchor = certificate;
                }
            }
            if (anchor == null) {
                throw new CertificateException("no certificate of the server's chain has the pinned fingerprint");
            }
            try {
                PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
                parameters.setRevocationEnabled(false);
                CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
                        .generateCertPath(List.of(chain[0])), parameters);
            } catch (GeneralSecurityException e) {
                throw new CertificateException("the server certificate is not valid under the pinned CA", e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("client side only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
