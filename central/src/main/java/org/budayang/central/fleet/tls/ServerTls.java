package org.budayang.central.fleet.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Central's TLS endpoint: a server key (EC P-256) made at each start with a certificate from the kiosk CA for
 * the configured host names, sent with the CA certificate so that a kiosk can check it against the CA
 * fingerprint on its code sheet. Client certificates are WANTED, not needed, at TLS level: the handshake
 * proves that the client holds the private key of the certificate it sends, and every certificate is
 * accepted there, so that {@code KioskCertificateCheck} can answer a missing, expired, revoked or foreign
 * one with a precise 401 instead of a dropped connection (decision 0014).
 */
public final class ServerTls {
    /** The request attribute where Jetty puts the client's verified-by-handshake certificate chain. */
    public static final String CERTIFICATES_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
    private static final Duration SERVER_VALIDITY = Duration.ofDays(397);

    private final SSLContext context;
    private final X509Certificate serverCertificate;

    private ServerTls(SSLContext context, X509Certificate serverCertificate) {
        this.context = context;
        this.serverCertificate = serverCertificate;
    }

    /**
     * A fresh server key and certificate for {@code hosts} (DNS names or IP addresses), valid from a day
     * ago by {@code clock} for 397 days.
     */
    public static ServerTls create(KioskCa ca, List<String> hosts, Clock clock, SecureRandom random) {
        if (hosts == null || hosts.isEmpty()) {
            throw new TlsSetupException("Central's TLS certificate needs at least one host name; configure "
                    + "tls.hosts, e.g. tls.hosts=central.example.gov.cn,localhost,127.0.0.1");
        }
        KeyPair pair = KioskCa.ecKeyPair(random);
        Instant now = clock.instant();
        X509Certificate certificate = ca.issueServer(pair.getPublic(), List.copyOf(hosts),
                now.minus(Duration.ofDays(1)), now.plus(SERVER_VALIDITY));
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = new char[0];
            store.setKeyEntry("central", pair.getPrivate(), password,
                    new X509Certificate[] {certificate, ca.certificate()});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), new TrustManager[] {new AnyClientCertificate()}, random);
            return new ServerTls(context, certificate);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new TlsSetupException("Cannot set up central's TLS context for " + hosts + ": " + e.getMessage(), e);
        }
    }

    public SSLContext context() {
        return context;
    }

    public X509Certificate serverCertificate() {
        return serverCertificate;
    }

    /** A Jetty connector serving HTTPS on {@code host:port} with client certificates wanted. */
    public ServerConnector connector(Server server, HttpConfiguration plain, String host, int port) {
        Objects.requireNonNull(server, "server");
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setSslContext(context);
        factory.setWantClientAuth(true);
        factory.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration https = new HttpConfiguration(plain);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // host names are the client's to verify; a kiosk calling by IP address must not get 400
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(factory, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    /**
     * Accepts every client certificate at TLS level and names no issuers (so a client sends the one it has):
     * which certificates are kiosks' is decided per request, against the CA and the kiosks table.
     */
    private static final class AnyClientCertificate extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // decided per request by KioskCertificateCheck
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // decided per request by KioskCertificateCheck
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // decided per request by KioskCertificateCheck
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("central's TLS endpoint never checks a server certificate");
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
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
