package org.budayang.kiosk.journal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for the journal's personal columns. Each value gets a fresh random 96-bit nonce; the stored
 * form is {@code version(1) || nonce(12) || ciphertext+tag(16)}. The associated data binds a value to its
 * place ({@code <transaction id>:<column>}), so a ciphertext copied to another transaction or column fails
 * authentication like a tampered one. Thread-safe (a new {@link Cipher} per call).
 */
public final class PersonalCipher {
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random;

    public PersonalCipher(SecretKey key) {
        this(key, new SecureRandom());
    }

    PersonalCipher(SecretKey key, SecureRandom random) {
        Objects.requireNonNull(key, "PersonalCipher.key is required");
        if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || key.getEncoded() == null
                || key.getEncoded().length != 32) {
            throw new JournalException(JournalException.INVALID, "PersonalCipher.key: algorithm "
                    + key.getAlgorithm() + " of " + (key.getEncoded() == null ? "?" : key.getEncoded().length * 8)
                    + " bits is not accepted; expected a 256-bit AES key");
        }
        this.key = key;
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A keyed lookup hash of a personal value (an ID number), hex: HMAC-SHA256 under a key derived from the
     * journal key, so rows can be found by citizen without decrypting them, while the column alone (ID numbers
     * have little entropy) cannot be reversed by trying every number without the key.
     */
    public String lookupHash(String value) {
        Objects.requireNonNull(value, "lookupHash value");
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] lookupKey = derive.doFinal("budayang-journal-lookup-v1".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(lookupKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new JournalException(JournalException.INVALID, "HMAC-SHA256 of a lookup value failed: " + e
                    + "; the JDK's SunJCE provider is required", e);
        }
    }

    /** Encrypts UTF-8 text; null stays null (no personal data to store). */
    public byte[] seal(String plain, String associatedData) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[1 + NONCE_BYTES + sealed.length];
            out[0] = VERSION;
            System.arraycopy(nonce, 0, out, 1, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, 1 + NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new JournalException(JournalException.INVALID, "AES-GCM encryption of " + associatedData
                    + " failed: " + e + "; the JDK's SunJCE provider is required", e);
        }
    }

    /**
     * Decrypts and authenticates; null stays null.
     *
     * @throws JournalException {@link JournalException#UNREADABLE} on a wrong key, tampered bytes or a
     *     value moved from another place
     */
    public String open(byte[] stored, String associatedData) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new JournalException(JournalException.UNREADABLE, "encrypted value " + associatedData + " has "
                    + stored.length + " bytes and version " + (stored.length == 0 ? "none" : stored[0])
                    + "; expected version " + VERSION + " and at least " + (1 + NONCE_BYTES + TAG_BITS / 8)
                    + " bytes. The journal file is damaged");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new JournalException(JournalException.UNREADABLE, "encrypted value " + associatedData
                    + " failed AES-GCM authentication: the key is not the one it was written with, or the bytes"
                    + " were altered. Restore the kiosk's journal key store or treat the value as lost", e);
        } catch (GeneralSecurityException e) {
            throw new JournalException(JournalException.UNREADABLE, "AES-GCM decryption of " + associatedData
                    + " failed: " + e, e);
        }
    }
}
