package org.budayang.central.fleet.tls;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM text of certificates, keys and requests: {@code -----BEGIN <type>-----}, base64 in 64-character lines. */
public final class Pem {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)\\s*-----END \\1-----");

    private Pem() {
    }

    /** One PEM block of {@code type} (e.g. {@code CERTIFICATE}) holding {@code der}. */
    public static String encode(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** The DER of every block of {@code type} in {@code text}, in order; empty when there is none. */
    public static List<byte[]> decodeAll(String type, String text) {
        List<byte[]> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        Matcher matcher = BLOCK.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals(type)) {
                blocks.add(Base64.getMimeDecoder().decode(matcher.group(2)));
            }
        }
        return blocks;
    }

    public static String certificate(X509Certificate certificate) {
        try {
            return encode("CERTIFICATE", certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode certificate " + certificate.getSerialNumber().toString(16), e);
        }
    }

    /** Every certificate in {@code text}; an {@link IllegalArgumentException} when one cannot be parsed. */
    public static List<X509Certificate> certificates(String text) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (byte[] der : decodeAll("CERTIFICATE", text)) {
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("A PEM CERTIFICATE block is not an X.509 certificate: " + e.getMessage(),
                    e);
        }
        return certificates;
    }
}
