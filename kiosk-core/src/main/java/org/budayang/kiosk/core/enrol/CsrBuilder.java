package org.budayang.kiosk.core.enrol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;

/**
 * A PKCS#10 certificate signing request (RFC 2986) for the kiosk's EC P-256 key, signed with it
 * (ecdsa-with-SHA256), in DER or PEM. Written with the JDK alone: the kiosk needs exactly this one
 * structure, and central names the kiosk, so the subject is a fixed {@code CN=kiosk}.
 */
public final class CsrBuilder {
    private static final byte SEQUENCE = 0x30;
    private static final byte SET = 0x31;
    private static final byte[] VERSION_0 = {0x02, 0x01, 0x00};
    /** 2.5.4.3 commonName. */
    private static final byte[] OID_CN = {0x06, 0x03, 0x55, 0x04, 0x03};
    /** 1.2.840.10045.4.3.2 ecdsa-with-SHA256 (no parameters). */
    private static final byte[] ECDSA_SHA256 = {0x06, 0x08, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03,
        0x02};
    /** [0] IMPLICIT SET OF Attribute, empty. */
    private static final byte[] NO_ATTRIBUTES = {(byte) 0xA0, 0x00};

    private CsrBuilder() {
    }

    /** The DER of a request for {@code keys} (an EC key pair), signed with its private key. */
    public static byte[] der(KeyPair keys) {
        if (!(keys.getPublic() instanceof ECPublicKey)) {
            throw new IllegalArgumentException("CsrBuilder: the kiosk's key must be EC P-256, is "
                    + keys.getPublic().getAlgorithm());
        }
        byte[] subject = tlv(SEQUENCE, tlv(SET, tlv(SEQUENCE, concat(OID_CN,
                tlv((byte) 0x0C, "kiosk".getBytes(StandardCharsets.UTF_8))))));
        byte[] info = tlv(SEQUENCE, concat(VERSION_0, subject, keys.getPublic().getEncoded(), NO_ATTRIBUTES));
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(info);
            signature = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the kiosk's CSR with SHA256withECDSA", e);
        }
        byte[] bitString = tlv((byte) 0x03, concat(new byte[] {0x00}, signature));
        return tlv(SEQUENCE, concat(info, tlv(SEQUENCE, ECDSA_SHA256), bitString));
    }

    /** The request as PEM {@code CERTIFICATE REQUEST}. */
    public static String pem(KeyPair keys) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der(keys));
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + body + "\n-----END CERTIFICATE REQUEST-----\n";
    }

    static byte[] tlv(byte tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write((length >>> (8 * i)) & 0xFF);
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
