package org.budayang.kiosk.core.enrol;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Apache HttpClient 5 clients for central over mutual TLS: the kiosk's key and certificate from enrolment
 * in the key manager, central's kiosk CA as the only trust anchor (no system CAs), TLS 1.3/1.2, host names
 * verified. The lead's one-line wiring:
 * {@code MutualTlsHttpClients.create(KioskCredentials.load(dataDir.resolve("fleet")).orElseThrow())}.
 */
public final class MutualTlsHttpClients {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);
    private static final char[] IN_MEMORY = new char[0];

    private MutualTlsHttpClients() {
    }

    /** A client presenting the kiosk's certificate and trusting central's CA only. */
    public static CloseableHttpClient create(KioskCredentials credentials) {
        return build(sslContext(credentials));
    }

    /** The SSL context of {@link #create}: for clients other than Apache's (java.net.http in tests). */
    public static SSLContext sslContext(KioskCredentials credentials) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("kiosk", credentials.key(), IN_MEMORY, credentials.chain().toArray(new X509Certificate[0]));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
            keyManagers.init(keys, IN_MEMORY);
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("central-ca", credentials.ca());
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new EnrolmentException("KEYSTORE_UNUSABLE", "Cannot build the mutual-TLS context of kiosk "
                    + credentials.kioskId() + ": " + e.getMessage(), e);
        }
    }

    /** For enrolment: no client certificate; the server's chain must hold the CA with {@code fingerprint}. */
    static CloseableHttpClient pinned(String fingerprint) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new PinnedCaTrust(fingerprint)}, new SecureRandom());
            return build(context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JDK", e);
        }
    }

    private static CloseableHttpClient build(SSLContext context) {
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
                .setSocketTimeout(Timeout.of(RESPONSE_TIMEOUT))
                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                .build();
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(context)
                                .setTlsVersions("TLSv1.3", "TLSv1.2").buildClassic())
                        .setDefaultConnectionConfig(connection)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(RESPONSE_TIMEOUT)).build())
                .disableAutomaticRetries()
                .build();
    }
}
