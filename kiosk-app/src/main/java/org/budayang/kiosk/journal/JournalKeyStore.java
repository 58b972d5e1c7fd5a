package org.budayang.kiosk.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's AES-256 key in a PKCS12 key store under the kiosk's data dir:
 * {@code <dir>/journal-key.p12} and its password {@code <dir>/journal-key.pass}, both created on first start
 * with permissions 600 (the folder 700). An existing file readable by group or others is refused, so a
 * mistaken copy or chmod does not go unnoticed. The password file keeps the key store usable by the kiosk's
 * own user only; it does not protect against that user (a TPM-sealed password would, later).
 */
public final class JournalKeyStore {
    static final String KEY_FILE = "journal-key.p12";
    static final String PASSWORD_FILE = "journal-key.pass";
    static final String ALIAS = "journal-aes-256";
    private static final Logger log = LoggerFactory.getLogger(JournalKeyStore.class);
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private JournalKeyStore() {
    }

    /** Loads the key from {@code dir}, creating the key store (and a random password) if it is absent. */
    public static SecretKey openOrCreate(Path dir) {
        Path store = dir.resolve(KEY_FILE);
        Path passwordFile = dir.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(store) != Files.exists(passwordFile)) {
                throw new JournalException(JournalException.KEY_STORE, "found " + (Files.exists(store) ? store
                        : passwordFile) + " without " + (Files.exists(store) ? passwordFile : store)
                        + "; restore the missing file from the kiosk's backup (a new key cannot read the journal)");
            }
            if (!Files.exists(store)) {
                return create(dir, store, passwordFile);
            }
            requireOwnerOnly(store);
            requireOwnerOnly(passwordFile);
            char[] password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, password);
            }
            KeyStore.Entry entry = keyStore.getEntry(ALIAS, new KeyStore.PasswordProtection(password));
            if (!(entry instanceof KeyStore.SecretKeyEntry secret)) {
                throw new JournalException(JournalException.KEY_STORE, store + " has no secret key '" + ALIAS
                        + "'; it is not the journal's key store");
            }
            return secret.getSecretKey();
        } catch (IOException | GeneralSecurityException e) {
            throw new JournalException(JournalException.KEY_STORE, "cannot read the journal key store " + store
                    + ": " + e + "; check the file and " + passwordFile + " belong together", e);
        }
    }

    private static SecretKey create(Path dir, Path store, Path passwordFile)
            throws IOException, GeneralSecurityException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, posix(PosixFilePermissions.fromString("rwx------")));
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        SecretKey key = generator.generateKey();
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setEntry(ALIAS, new KeyStore.SecretKeyEntry(key), new KeyStore.PasswordProtection(password));
        writeOwnerOnly(passwordFile, new String(password).getBytes(StandardCharsets.US_ASCII));
        try (OutputStream out = Files.newOutputStream(createOwnerOnly(store), StandardOpenOption.WRITE)) {
            keyStore.store(out, password);
        }
        log.info("Created the journal key store {} (AES-256, permissions 600)", store);
        return key;
    }

    private static void writeOwnerOnly(Path file, byte[] bytes) throws IOException {
        Files.write(createOwnerOnly(file), bytes, StandardOpenOption.WRITE);
    }

    private static Path createOwnerOnly(Path file) throws IOException {
        try {
            return Files.createFile(file, posix(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            throw new JournalException(JournalException.KEY_STORE, "the file system of " + file
                    + " has no POSIX permissions; put the kiosk's data dir on a Linux file system", e);
        } catch (FileAlreadyExistsException e) {
            throw new JournalException(JournalException.KEY_STORE, file + " appeared while creating the key store;"
                    + " another kiosk process uses the same data dir", e);
        }
    }

    private static void requireOwnerOnly(Path file) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new JournalException(JournalException.KEY_STORE, file + " has permissions "
                    + PosixFilePermissions.toString(permissions) + "; expected rw------- (run chmod 600 " + file
                    + ")");
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> posix(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
