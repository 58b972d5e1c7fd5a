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
import java.util.List;
import java.util.Set;
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

    /** The test kiosk CA (central's, in the tests). */
    public static KioskCa ca() {
        return Ca.CA;
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
                ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + OPS_TOKEN);
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
