package org.budayang.kiosk.core.enrol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import javax.security.auth.x500.X500Principal;

/**
 * The kiosk's identity towards central after enrolment: its private key and certificate chain, central's CA
 * certificate (the only trust anchor) and central's mutual-TLS URL. Kept in {@code <data-dir>/fleet/}:
 * {@code kiosk.p12} (PKCS#12, rw-------), its random password in {@code kiosk.p12.password} (rw-------) and
 * {@code central.properties} (the URL). Replaced whole and atomically on renewal.
 *
 * @param kioskId the id central gave (the certificate's CN)
 * @param apiUrl  central's base URL for mutual TLS, e.g. {@code https://central:8443}
 */
public record KioskCredentials(String kioskId, URI apiUrl, PrivateKey key, List<X509Certificate> chain,
                               X509Certificate ca) {
    static final String STORE = "kiosk.p12";
    static final String PASSWORD = "kiosk.p12.password";
    static final String CENTRAL = "central.properties";
    private static final String KEY_ALIAS = "kiosk";
    private static final String CA_ALIAS = "central-ca";

    public KioskCredentials {
        Objects.requireNonNull(kioskId, "KioskCredentials.kioskId");
        Objects.requireNonNull(apiUrl, "KioskCredentials.apiUrl");
        Objects.requireNonNull(key, "KioskCredentials.key");
        chain = List.copyOf(chain);
        Objects.requireNonNull(ca, "KioskCredentials.ca");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("KioskCredentials.chain must hold the kiosk's certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Time left until the certificate expires (negative when it has). */
    public Duration remaining(Clock clock) {
        return Duration.between(clock.instant(), certificate().getNotAfter().toInstant());
    }

    /** The CN of a kiosk certificate's subject. */
    static String commonName(X509Certificate certificate) {
        String name = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
        for (String part : name.split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        throw new EnrolmentException("ANSWER_INVALID", "The certificate from central names no kiosk (subject "
                + name + ")");
    }

    /** The credentials in {@code dir}; empty when the kiosk has not enrolled there. */
    public static Optional<KioskCredentials> load(Path dir) {
        Path store = dir.resolve(STORE);
        if (!Files.exists(store)) {
            return Optional.empty();
        }
        try {
            char[] password = Files.readString(dir.resolve(PASSWORD), StandardCharsets.US_ASCII).strip().toCharArray();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
            PrivateKey key = (PrivateKey) keys.getKey(KEY_ALIAS, password);
            Certificate[] chain = keys.getCertificateChain(KEY_ALIAS);
            X509Certificate ca = (X509Certificate) keys.getCertificate(CA_ALIAS);
            Properties central = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve(CENTRAL))) {
                central.load(in);
            }
            List<X509Certificate> certificates = Arrays.stream(chain).map(c -> (X509Certificate) c).toList();
            return Optional.of(new KioskCredentials(commonName(certificates.get(0)),
                    URI.create(central.getProperty("apiUrl")), key, certificates, ca));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new EnrolmentException("KEYSTORE_UNUSABLE", "The kiosk's credentials in " + dir.toAbsolutePath()
                    + " cannot be read (" + e.getMessage() + "); restore them from the backup or enrol the kiosk "
                    + "again with a new code.", e);
        }
    }

    /** Writes these credentials to {@code dir}, replacing earlier ones atomically; owner-only files. */
    public void store(Path dir, SecureRandom random) {
        try {
            Files.createDirectories(dir);
            // the password is made once, at the first enrolment, and kept: renewal then replaces one file only
            Path passwordFile = dir.resolve(PASSWORD);
            String password;
            if (Files.exists(passwordFile)) {
                password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
            } else {
                byte[] secret = new byte[24];
                random.nextBytes(secret);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                Path passwordTemp = ownerOnlyTemp(dir);
                Files.writeString(passwordTemp, password + "\n", StandardCharsets.US_ASCII);
                Files.move(passwordTemp, passwordFile, StandardCopyOption.ATOMIC_MOVE);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry(KEY_ALIAS, key, password.toCharArray(), chain.toArray(new X509Certificate[0]));
            keys.setCertificateEntry(CA_ALIAS, ca);
            Path storeTemp = ownerOnlyTemp(dir);
            try (OutputStream out = Files.newOutputStream(storeTemp)) {
                keys.store(out, password.toCharArray());
            }
            Properties central = new Properties();
            central.setProperty("apiUrl", apiUrl.toString());
            central.setProperty("kioskId", kioskId);
            Path centralTemp = ownerOnlyTemp(dir);
            try (OutputStream out = Files.newOutputStream(centralTemp)) {
                central.store(out, "central of this kiosk, written at enrolment");
            }
            Files.move(storeTemp, dir.resolve(STORE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.move(centralTemp, dir.resolve(CENTRAL), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new EnrolmentException("KEYSTORE_UNUSABLE", "Cannot write the kiosk's credentials to "
                    + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static Path ownerOnlyTemp(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(dir, ".kiosk", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(dir, ".kiosk", ".tmp");
    }

    @Override
    public String toString() {
        return "KioskCredentials[" + kioskId + ", " + apiUrl + ", certificate until "
                + certificate().getNotAfter().toInstant() + "]";
    }
}
