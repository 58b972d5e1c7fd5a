package org.budayang.central.fleet.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Central's kiosk CA (EC P-256, SHA-256 with ECDSA): it signs the kiosks' client certificates at
 * enrolment and renewal and central's own TLS server certificate, and is the one trust anchor of both
 * sides. Created on first start in {@code <dir>/ca-cert.pem} and {@code <dir>/ca-key.pem} (directory
 * rwx------, key rw-------), or loaded from configured files. A province replaces it with keys from its
 * own CA by configuring {@code tls.caCert} and {@code tls.caKey}.
 */
public final class KioskCa {
    private static final Logger LOG = LoggerFactory.getLogger(KioskCa.class);
    public static final String CERT_FILE = "ca-cert.pem";
    public static final String KEY_FILE = "ca-key.pem";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration CA_VALIDITY = Duration.ofDays(20 * 365);

    private final X509Certificate certificate;
    private final PrivateKey key;
    private final SecureRandom random;

    private KioskCa(X509Certificate certificate, PrivateKey key, SecureRandom random) {
        this.certificate = certificate;
        this.key = key;
        this.random = random;
    }

    /** A new CA kept in memory only (tests, a forger's CA). */
    public static KioskCa generate(String name, Clock clock, SecureRandom random) {
        KeyPair pair = ecKeyPair(random);
        Instant now = clock.instant();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Budayang")
                .addRDN(BCStyle.CN, name).build();
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(random),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(CA_VALIDITY)), subject,
                    pair.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = sign(builder, pair.getPrivate());
            return new KioskCa(certificate, pair.getPrivate(), random);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot create the kiosk CA '" + name + "'", e);
        }
    }

    /**
     * The CA in {@code dir}; created there (owner-only) when neither file exists yet.
     *
     * @throws TlsSetupException when only one of the two files exists or they cannot be read or written
     */
    public static KioskCa loadOrCreate(Path dir, Clock clock, SecureRandom random) {
        Path certFile = dir.resolve(CERT_FILE);
        Path keyFile = dir.resolve(KEY_FILE);
        boolean cert = Files.exists(certFile);
        boolean key = Files.exists(keyFile);
        if (cert && key) {
            return load(certFile, keyFile, random);
        }
        if (cert || key) {
            throw new TlsSetupException("The kiosk CA in " + dir.toAbsolutePath() + " is incomplete: "
                    + (cert ? KEY_FILE : CERT_FILE) + " is missing. Restore it from the backup; never recreate the CA "
                    + "while kiosks hold certificates from it (they would all have to enrol again).");
        }
        KioskCa created = generate("Budayang kiosk CA", clock, random);
        try {
            Files.createDirectories(dir);
            ownerOnly(dir, "rwx------");
            writeOwnerOnly(keyFile, Pem.encode("PRIVATE KEY", created.key.getEncoded()));
            Files.writeString(certFile, Pem.certificate(created.certificate), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new TlsSetupException("Cannot write the new kiosk CA to " + dir.toAbsolutePath() + ": "
                    + e.getMessage() + ". Give central a writable --data-dir.", e);
        }
        LOG.info("Kiosk CA created in {} (SHA-256 fingerprint {})", dir.toAbsolutePath(), created.fingerprint());
        return created;
    }

    /** The CA from its PEM certificate and PKCS#8 PEM key; checks that they belong together. */
    public static KioskCa load(Path certFile, Path keyFile, SecureRandom random) {
        try {
            List<X509Certificate> certificates = Pem.certificates(Files.readString(certFile, StandardCharsets.US_ASCII));
            List<byte[]> keys = Pem.decodeAll("PRIVATE KEY", Files.readString(keyFile, StandardCharsets.US_ASCII));
            if (certificates.size() != 1 || keys.size() != 1) {
                throw new TlsSetupException("The kiosk CA files must hold one CERTIFICATE (" + certFile.toAbsolutePath()
                        + " has " + certificates.size() + ") and one PKCS#8 PRIVATE KEY (" + keyFile.toAbsolutePath()
                        + " has " + keys.size() + ")");
            }
            X509Certificate certificate = certificates.get(0);
            PrivateKey key = KeyFactory.getInstance(certificate.getPublicKey().getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(keys.get(0)));
            KioskCa ca = new KioskCa(certificate, key, random);
            ca.checkPair();
            return ca;
        } catch (IOException e) {
            throw new TlsSetupException("Cannot read the kiosk CA from " + certFile.toAbsolutePath() + " and "
                    + keyFile.toAbsolutePath() + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TlsSetupException("The kiosk CA in " + certFile.toAbsolutePath() + " / " + keyFile.toAbsolutePath()
                    + " cannot be used: " + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** SHA-256 of the CA certificate, upper-case hex in colon-separated pairs (as openssl prints it). */
    public String fingerprint() {
        return fingerprint(certificate);
    }

    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute the SHA-256 fingerprint of a certificate", e);
        }
    }

    /** Whether {@code candidate} was signed by this CA's key and names it as issuer. */
    public boolean issued(X509Certificate candidate) {
        if (!candidate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
            return false;
        }
        try {
            candidate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** A fresh random positive 128-bit serial number. */
    public BigInteger newSerial() {
        return serial(random);
    }

    /** A kiosk's client certificate: subject CN = the kiosk id, extended key usage clientAuth. */
    public X509Certificate issueClient(PublicKey kioskKey, String kioskId, BigInteger serial, Instant notBefore,
                                       Instant notAfter) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Budayang kiosks")
                .addRDN(BCStyle.CN, kioskId).build();
        return issue(kioskKey, subject, serial, notBefore, notAfter, KeyPurposeId.id_kp_clientAuth, List.of());
    }

    /** Central's TLS server certificate for {@code hosts} (names and IP addresses as subject alternative names). */
    public X509Certificate issueServer(PublicKey serverKey, List<String> hosts, Instant notBefore, Instant notAfter) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Budayang")
                .addRDN(BCStyle.CN, hosts.get(0)).build();
        return issue(serverKey, subject, newSerial(), notBefore, notAfter, KeyPurposeId.id_kp_serverAuth, hosts);
    }

    private X509Certificate issue(PublicKey subjectKey, X500Name subject, BigInteger serial, Instant notBefore,
                                  Instant notAfter, KeyPurposeId purpose, List<String> hosts) {
        Objects.requireNonNull(subjectKey, "subjectKey");
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), serial,
                    Date.from(notBefore), Date.from(notAfter), subject, subjectKey);
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(certificate));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            if (!hosts.isEmpty()) {
                GeneralName[] names = hosts.stream().map(KioskCa::generalName).toArray(GeneralName[]::new);
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            return sign(builder, key);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("Cannot issue a certificate for " + subject, e);
        }
    }

    private static GeneralName generalName(String host) {
        boolean address = host.matches("[0-9.]+") || host.contains(":");
        if (address) {
            try {
                InetAddress.getByName(host);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("TLS host '" + host + "' is not an IP address", e);
            }
            return new GeneralName(GeneralName.iPAddress, host);
        }
        return new GeneralName(GeneralName.dNSName, host);
    }

    private void checkPair() throws GeneralSecurityException {
        java.security.Signature signer = java.security.Signature.getInstance(SIGNATURE);
        signer.initSign(key);
        byte[] probe = "budayang-ca-probe".getBytes(StandardCharsets.US_ASCII);
        signer.update(probe);
        byte[] signature = signer.sign();
        java.security.Signature verifier = java.security.Signature.getInstance(SIGNATURE);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new GeneralSecurityException("the private key does not belong to the certificate "
                    + certificate.getSubjectX500Principal());
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE).build(key)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot sign with " + SIGNATURE, e);
        }
    }

    static KeyPair ecKeyPair(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 keys are not available in this JDK", e);
        }
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(128, random).setBit(127);
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    @Override
    public String toString() {
        return "KioskCa[" + certificate.getSubjectX500Principal() + ", SHA-256 " + fingerprint() + "]";
    }
}
