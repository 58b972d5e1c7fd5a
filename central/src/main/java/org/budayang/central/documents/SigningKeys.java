package org.budayang.central.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo CA of the documents feature: a self-signed root and a document-signing certificate
 * issued by it (EC P-256, SHA-256), generated at first start and kept in a PKCS#12 key store
 * under the data directory. The store is encrypted with a password from configuration or, when
 * none is configured, a random one written beside it; both files are owner-only (rw-------).
 * This is a demonstration CA: a province replaces it with its certificate authority's keys.
 */
public final class SigningKeys {
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    static final String ROOT = "root";
    static final String SIGNER = "document-signer";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final X509Certificate root;
    private final X509Certificate signer;
    private final PrivateKey signerKey;

    SigningKeys(X509Certificate root, X509Certificate signer, PrivateKey signerKey) {
        this.root = Objects.requireNonNull(root, "root");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.signerKey = Objects.requireNonNull(signerKey, "signerKey");
    }

    /**
     * Loads the key store at {@code store}, or creates the demo CA there when it does not exist.
     *
     * @param password the store password; null to use (or create) {@code <store>.password} beside it
     */
    public static SigningKeys loadOrCreate(Path store, char[] password, Clock clock) {
        Objects.requireNonNull(store, "store");
        try {
            char[] secret = password != null ? password : passwordFile(store);
            if (Files.exists(store)) {
                return load(store, secret);
            }
            SigningKeys created = generate("Budayang 演示 CA", clock);
            created.save(store, secret);
            LOG.info("Created the demo document-signing CA in {} (root {})", store.toAbsolutePath(),
                    created.root.getSubjectX500Principal().getName());
            return created;
        } catch (IOException | GeneralSecurityException e) {
            throw new DocumentSigningException("SIGNING_KEYS_UNAVAILABLE", "Cannot load or create the document-signing "
                    + "key store " + store.toAbsolutePath() + ": " + e.getMessage() + ". Check that the directory is "
                    + "writable and, when documents.signing.password is set, that it is the store's password; delete "
                    + "the store to create a new demo CA (documents signed before can then no longer be verified).", e);
        }
    }

    /** A fresh demo CA in memory (tests and benchmarks). */
    public static SigningKeys generate(String caName, Clock clock) {
        try {
            KeyPair rootPair = ecKeyPair();
            KeyPair signerPair = ecKeyPair();
            Instant now = clock.instant().minus(Duration.ofDays(1));
            X500Name rootName = new X500Name("CN=" + caName + ",O=Budayang demo,C=CN");
            X500Name signerName = new X500Name("CN=Budayang document signer,O=Budayang demo,C=CN");
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder rootBuilder = new JcaX509v3CertificateBuilder(rootName, serial(), Date.from(now),
                    Date.from(now.plus(Duration.ofDays(3650 * 2))), rootName, rootPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            ext.createSubjectKeyIdentifier(rootPair.getPublic()));
            X509Certificate root = sign(rootBuilder, rootPair.getPrivate());
            X509v3CertificateBuilder signerBuilder = new JcaX509v3CertificateBuilder(root, serial(), Date.from(now),
                    Date.from(now.plus(Duration.ofDays(3650))), signerName, signerPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.getInstance(
                                    new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36"))))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(root));
            X509Certificate signer = sign(signerBuilder, rootPair.getPrivate());
            return new SigningKeys(root, signer, signerPair.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new DocumentSigningException("SIGNING_KEYS_UNAVAILABLE", "Cannot generate the demo CA: "
                    + e.getMessage(), e);
        }
    }

    public X509Certificate root() {
        return root;
    }

    public X509Certificate signer() {
        return signer;
    }

    PrivateKey signerKey() {
        return signerKey;
    }

    /** The signer's chain, signer first. */
    List<X509Certificate> chain() {
        return List.of(signer, root);
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    private static SigningKeys load(Path store, char[] password) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, password);
        }
        Certificate root = keyStore.getCertificate(ROOT);
        Certificate signer = keyStore.getCertificate(SIGNER);
        if (!(keyStore.getKey(SIGNER, password) instanceof PrivateKey key) || !(root instanceof X509Certificate r)
                || !(signer instanceof X509Certificate s)) {
            throw new GeneralSecurityException("the store lacks the entries '" + ROOT + "' and '" + SIGNER + "'");
        }
        return new SigningKeys(r, s, key);
    }

    private void save(Path store, char[] password) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, password);
        keyStore.setCertificateEntry(ROOT, root);
        keyStore.setKeyEntry(SIGNER, signerKey, password, new Certificate[] {signer, root});
        Path dir = store.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = ownerOnlyFile(dir.resolve(store.getFileName() + ".tmp"));
        try (OutputStream out = Files.newOutputStream(temp)) {
            keyStore.store(out, password);
        }
        Files.move(temp, store, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The random store password kept beside the store, created owner-only on first use. */
    private static char[] passwordFile(Path store) throws IOException {
        Path file = store.resolveSibling(store.getFileName() + ".password");
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            Path created = ownerOnlyFile(file);
            Files.writeString(created, Base64.getUrlEncoder().withoutPadding().encodeToString(random),
                    StandardCharsets.US_ASCII);
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
    }

    private static Path ownerOnlyFile(Path file) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            return Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            Files.delete(file);
            return ownerOnlyFile(file);
        }
    }
}
