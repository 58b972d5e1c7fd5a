package org.budayang.central.fleet.load;

import java.net.Socket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.sql.DataSource;
import org.budayang.central.fleet.tls.KioskCa;

/**
 * Bench-only bulk enrolment of N kiosks: the rows of {@code enrolled_kiosks} and {@code kiosk_certificates}
 * that N enrolments would leave, written in JDBC batches, without N ops codes and N HTTP round trips (the
 * enrolment API itself is measured by MutualTlsBench). The first {@code connected} kiosks — the ones the bench
 * drives — each get their own EC P-256 key pair and a client certificate signed by central's {@link KioskCa}
 * (the same {@code issueClient} that {@code POST /api/v1/enrol} uses) and their own {@link SSLContext} (their key,
 * the CA as the only anchor), so their TLS sessions are their own; the others are enrolled with a random serial
 * only (they never connect, and their keys would cost ~2 ms of CPU each).
 */
final class BulkEnrolment {
    private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2030-01-01T00:00:00Z");

    private BulkEnrolment() {
    }

    /** One simulated kiosk: its id and its TLS context (client certificate + CA anchor). */
    record SimKiosk(int index, String kioskId, SSLContext tls) {
    }

    /** {@code KSK-<region>-<number>}: 9,999 kiosks per region code, regions 6201020010xx. */
    static String kioskId(int index) {
        return String.format("KSK-62010200%04d-%04d", index / 9_999, index % 9_999 + 1);
    }

    static List<SimKiosk> enrol(KioskCa ca, DataSource dataSource, int count, int connected) throws Exception {
        TrustManager[] anchor = trust(ca.certificate());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        List<SimKiosk> kiosks = new ArrayList<>(count);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement kiosk = c.prepareStatement("INSERT INTO enrolled_kiosks (kiosk_id, name, "
                    + "region_code, site_type, address, host_organisation, contact, status, enrolled_at) VALUES "
                    + "(?, ?, ?, 'CONVENIENCE_SERVICE_STATION', '城关区测试路 1 号', '负载测试', '值班员', 'ACTIVE', ?)");
                 PreparedStatement certificate = c.prepareStatement("INSERT INTO kiosk_certificates (serial, "
                         + "kiosk_id, not_before, not_after, issued_at) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    String id = kioskId(i);
                    KeyPair keys = i < connected ? generator.generateKeyPair() : null;
                    X509Certificate cert = keys == null ? null
                            : ca.issueClient(keys.getPublic(), id, ca.newSerial(), NOT_BEFORE, NOT_AFTER);
                    kiosk.setString(1, id);
                    kiosk.setString(2, "load " + i);
                    kiosk.setString(3, id.substring(4, 16));
                    kiosk.setObject(4, now);
                    kiosk.addBatch();
                    certificate.setString(1, (cert == null ? ca.newSerial() : cert.getSerialNumber()).toString(16));
                    certificate.setString(2, id);
                    certificate.setObject(3, NOT_BEFORE.atOffset(ZoneOffset.UTC));
                    certificate.setObject(4, NOT_AFTER.atOffset(ZoneOffset.UTC));
                    certificate.setObject(5, now);
                    certificate.addBatch();
                    if (keys != null) {
                        SSLContext context = SSLContext.getInstance("TLS");
                        context.init(new javax.net.ssl.KeyManager[] {new OneKey(id, keys.getPrivate(),
                                new X509Certificate[] {cert, ca.certificate()})}, anchor, null);
                        kiosks.add(new SimKiosk(i, id, context));
                    }
                    if (i % 1_000 == 999 || i == count - 1) {
                        kiosk.executeBatch();
                        certificate.executeBatch();
                        c.commit();
                    }
                }
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        return kiosks;
    }

    private static TrustManager[] trust(X509Certificate ca) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", ca);
        TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
        factory.init(store);
        return factory.getTrustManagers();
    }

    /** A key manager holding one kiosk's key and chain (building a PKCS#12 store per kiosk costs far more). */
    private static final class OneKey extends X509ExtendedKeyManager {
        private final String alias;
        private final PrivateKey key;
        private final X509Certificate[] chain;

        OneKey(String alias, PrivateKey key, X509Certificate[] chain) {
            this.alias = alias;
            this.key = key;
            this.chain = chain;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {alias};
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return alias;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return alias;
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String name) {
            return alias.equals(name) ? chain.clone() : null;
        }

        @Override
        public PrivateKey getPrivateKey(String name) {
            return alias.equals(name) ? key : null;
        }
    }
}
