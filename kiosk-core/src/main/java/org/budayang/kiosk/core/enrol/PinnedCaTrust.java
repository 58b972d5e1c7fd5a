package org.budayang.kiosk.core.enrol;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trust for the kiosk's first call to central (enrolment), when it holds no CA certificate yet: the server's
 * chain must contain a certificate whose SHA-256 is the fingerprint on the code sheet, and the server's own
 * certificate must be valid under it (PKIX). Host names are verified by the HTTP client as usual.
 */
final class PinnedCaTrust extends X509ExtendedTrustManager {
    private final String fingerprint;

    /** @param fingerprint 64 upper-case hex digits, no colons */
    PinnedCaTrust(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute a certificate's SHA-256 fingerprint", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        X509Certificate anchor = null;
        for (X509Certificate certificate : chain) {
            if (fingerprint(certificate).equals(fingerprint)) {
                anchor = certificate;
            }
        }
        if (anchor == null) {
            throw new CertificateException("CA_FINGERPRINT_MISMATCH: no certificate the server sent has the CA "
                    + "fingerprint of the code sheet; this is not the central the code is for (or the sheet is mistyped)");
        }
        try {
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(List.of(chain[0])), parameters);
        } catch (GeneralSecurityException e) {
            throw new CertificateException("The server certificate is not valid under the pinned kiosk CA: "
                    + e.getMessage(), e);
        }
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
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("the kiosk never accepts TLS clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
