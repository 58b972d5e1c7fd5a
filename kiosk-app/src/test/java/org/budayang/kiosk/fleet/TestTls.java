package org.budayang.kiosk.fleet;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.budayang.central.fleet.tls.KioskCa;
import org.budayang.central.fleet.tls.ServerTls;
import org.budayang.kiosk.core.enrol.KioskCredentials;

/**
 * Mutual TLS for the kiosk's test servers that stand in for central (the fleet's scripted central, the desk's outbox
 * inbox): central's REAL kiosk CA classes ({@link KioskCa}, {@link ServerTls}) make a server certificate for
 * 127.0.0.1 and kiosk client certificates, so the kiosk's {@code MutualTlsHttpClients} talk to them exactly as to
 * central; {@link #kioskOf} is the server's check of the client certificate (signed by this CA, CN = the kiosk id).
 */
public final class TestTls {
    private final KioskCa ca;
    private final ServerTls server;
    private final SecureRandom random = new SecureRandom();

    private TestTls(KioskCa ca) {
        this.ca = ca;
        this.server = ServerTls.create(ca, List.of("127.0.0.1", "localhost"), Clock.systemUTC(), random);
    }

    /** A fresh CA of its own (a scripted central). */
    public static TestTls fresh() {
        return new TestTls(KioskCa.generate("Budayang test kiosk CA", Clock.systemUTC(), new SecureRandom()));
    }

    /** With the kiosk CA of a real central's data dir ({@code <data-dir>/kiosk-ca}). */
    public static TestTls of(java.nio.file.Path kioskCaDir) {
        return new TestTls(KioskCa.load(kioskCaDir.resolve(KioskCa.CERT_FILE), kioskCaDir.resolve(KioskCa.KEY_FILE),
                new SecureRandom()));
    }

    public KioskCa ca() {
        return ca;
    }

    /** The server side: this CA's certificate for 127.0.0.1, client certificates accepted for the per-request check. */
    public ServerTls server() {
        return server;
    }

    /** A kiosk's credentials issued by this CA (valid from 5 minutes ago for a day), calling {@code apiUrl}. */
    public KioskCredentials kiosk(String kioskId, URI apiUrl) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available in this JDK", e);
        }
        Instant now = Instant.now();
        X509Certificate certificate = ca.issueClient(pair.getPublic(), kioskId, ca.newSerial(),
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1)));
        return new KioskCredentials(kioskId, apiUrl, pair.getPrivate(), List.of(certificate), ca.certificate());
    }

    /** The kiosk id of a client certificate chain this CA issued, else null (none, foreign, or not a kiosk's). */
    public String kioskOf(Certificate[] chain) {
        if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate certificate)
                || !ca.issued(certificate)) {
            return null;
        }
        String subject = certificate.getSubjectX500Principal().getName();
        for (String part : subject.split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return null;
    }

    /** {@link #kioskOf} of a TLS session's peer. */
    public String kioskOf(SSLSession session) {
        try {
            return kioskOf(session.getPeerCertificates());
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }
}
