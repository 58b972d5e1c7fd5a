package org.budayang.central.fleet.enrol;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECParameterSpec;
import java.util.List;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.budayang.central.fleet.tls.Pem;
import org.budayang.central.web.ApiException;

/**
 * Checks a kiosk's PKCS#10 certificate signing request (PEM {@code CERTIFICATE REQUEST}): it parses, its
 * signature verifies with the key it carries (the kiosk holds the private key), and the key is EC P-256 or
 * RSA of at least 2048 bits. The subject is ignored: central names the kiosk.
 */
public final class CsrCheck {
    static final int MAX_PEM_CHARS = 16 * 1024;
    static final int MIN_RSA_BITS = 2048;

    private CsrCheck() {
    }

    /** The public key of a good request; 400 {@code CSR_MALFORMED}, {@code CSR_SIGNATURE_INVALID} or {@code CSR_KEY_WEAK}. */
    public static PublicKey publicKey(String pem) {
        if (pem == null || pem.isBlank() || pem.length() > MAX_PEM_CHARS) {
            throw malformed("csr is " + (pem == null || pem.isBlank() ? "missing" : "longer than " + MAX_PEM_CHARS
                    + " characters"));
        }
        List<byte[]> blocks = Pem.decodeAll("CERTIFICATE REQUEST", pem);
        if (blocks.size() != 1) {
            throw malformed("csr must hold exactly one PEM block -----BEGIN CERTIFICATE REQUEST-----, holds "
                    + blocks.size());
        }
        JcaPKCS10CertificationRequest request;
        PublicKey key;
        try {
            request = new JcaPKCS10CertificationRequest(blocks.get(0));
            key = request.getPublicKey();
        } catch (RuntimeException | java.io.IOException | java.security.GeneralSecurityException e) {
            throw malformed("csr is not a DER-encoded PKCS#10 request with a readable public key ("
                    + e.getClass().getSimpleName() + ")");
        }
        requireStrong(key);
        try {
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                throw new ApiException(400, "CSR_SIGNATURE_INVALID", "The CSR's signature does not verify with the "
                        + "public key it carries; sign the request with the kiosk's own private key.");
            }
        } catch (OperatorCreationException | PKCSException e) {
            throw new ApiException(400, "CSR_SIGNATURE_INVALID", "The CSR's signature cannot be verified ("
                    + e.getMessage() + "); sign it with SHA256withECDSA or SHA256withRSA.");
        }
        return key;
    }

    private static void requireStrong(PublicKey key) {
        if (key instanceof ECPublicKey ec) {
            if (!isP256(ec.getParams())) {
                throw weak("an EC key on a curve other than P-256 (secp256r1) with a " + ec.getParams().getCurve()
                        .getField().getFieldSize() + "-bit field");
            }
        } else if (key instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
                throw weak("an RSA key of " + rsa.getModulus().bitLength() + " bits");
            }
        } else {
            throw weak("a " + key.getAlgorithm() + " key");
        }
    }

    private static boolean isP256(ECParameterSpec params) {
        return params.getCurve().getField().getFieldSize() == 256
                && params.getOrder().toString(16).equalsIgnoreCase(
                "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    }

    private static ApiException weak(String what) {
        return new ApiException(400, "CSR_KEY_WEAK", "The CSR carries " + what + "; central accepts EC P-256 "
                + "(secp256r1) or RSA of at least " + MIN_RSA_BITS + " bits. Generate a new key pair.");
    }

    private static ApiException malformed(String detail) {
        return new ApiException(400, "CSR_MALFORMED", "The enrolment request's " + detail + ".");
    }
}
