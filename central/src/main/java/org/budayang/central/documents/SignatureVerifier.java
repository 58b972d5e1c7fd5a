package org.budayang.central.documents;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks the PDF signature of an uploaded document: that the signature covers the whole file (no
 * bytes added after signing), that the signer certificate was issued by central's CA, and that
 * the CMS signature verifies over the signed byte range.
 */
public final class SignatureVerifier {
    private final X509Certificate root;
    private final X509CertificateHolder ourSigner;

    /**
     * @param root   central's CA certificate: signers it issued are central's
     * @param signer central's current document-signing certificate: a signature that names it is
     *               checked with this very certificate, and the copy embedded in the PDF must be identical
     */
    public SignatureVerifier(X509Certificate root, X509Certificate signer) {
        this.root = Objects.requireNonNull(root, "root");
        try {
            this.ourSigner = new X509CertificateHolder(Objects.requireNonNull(signer, "signer").getEncoded());
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalArgumentException("the document-signing certificate cannot be encoded", e);
        }
    }

    public SignatureCheck check(byte[] pdf) {
        List<PDSignature> signatures;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                if (contains(pdf, "/ByteRange")) {
                    return new SignatureCheck(SignatureCheck.Status.BROKEN, "the PDF carries a /ByteRange but no "
                            + "readable signature dictionary: its signature was damaged or changed");
                }
                return new SignatureCheck(SignatureCheck.Status.NOT_SIGNED, "the PDF has no signature dictionary");
            }
            return check(signatures.get(0), pdf, signatures.size());
        } catch (IOException e) {
            return new SignatureCheck(SignatureCheck.Status.BROKEN, "the file does not parse as a PDF ("
                    + e.getMessage() + "): damaged or changed");
        }
    }

    private SignatureCheck check(PDSignature signature, byte[] pdf, int count) throws IOException {
        int[] range = signature.getByteRange();
        if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
            return new SignatureCheck(SignatureCheck.Status.BROKEN, "the signature's /ByteRange is missing or "
                    + "does not fit the file");
        }
        byte[] contents;
        byte[] signed;
        try {
            contents = signature.getContents();
            signed = signature.getSignedContent(pdf);
        } catch (IOException | RuntimeException e) {
            return new SignatureCheck(SignatureCheck.Status.BROKEN, "the signature value cannot be read: " + e);
        }
        CMSSignedData cms;
        SignerInformation signer;
        X509CertificateHolder certificate;
        try {
            cms = new CMSSignedData(new CMSProcessableByteArray(signed), firstObject(contents));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new SignatureCheck(SignatureCheck.Status.FOREIGN, "the CMS has " + signers.size()
                        + " signers; central's documents have one");
            }
            signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> embedded = cms.getCertificates().getMatches(null);
            boolean claimsOurs = signer.getSID().match(ourSigner) || embedded.contains(ourSigner);
            if (claimsOurs) {
                // our signer: checked with our own certificate; the unsigned parts must be as we wrote them
                if (!signer.getSID().match(ourSigner)) {
                    return new SignatureCheck(SignatureCheck.Status.BROKEN, "the signer identifier was changed "
                            + "after signing");
                }
                for (X509CertificateHolder carried : embedded) {
                    if (!carried.equals(ourSigner) && !java.util.Arrays.equals(carried.getEncoded(),
                            root.getEncoded())) {
                        return new SignatureCheck(SignatureCheck.Status.BROKEN, "a certificate embedded in the "
                                + "signature was changed after signing");
                    }
                }
                certificate = ourSigner;
            } else {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
                if (matches.isEmpty()) {
                    return new SignatureCheck(SignatureCheck.Status.FOREIGN, "the CMS carries no signer certificate");
                }
                certificate = matches.iterator().next();
                if (!issuedByOurCa(certificate)) {
                    return new SignatureCheck(SignatureCheck.Status.FOREIGN, "signed by '" + certificate.getSubject()
                            + "', issued by '" + certificate.getIssuer() + "', which is not central's document CA");
                }
            }
        } catch (CMSException | IOException | java.security.cert.CertificateEncodingException | RuntimeException e) {
            return new SignatureCheck(SignatureCheck.Status.BROKEN, "the signature value is not a readable CMS "
                    + "SignedData: " + e.getMessage());
        }
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return new SignatureCheck(SignatureCheck.Status.BROKEN, "the signature does not match the signed "
                        + "bytes: the document was changed after signing");
            }
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return new SignatureCheck(SignatureCheck.Status.BROKEN, "the signature does not verify: the document "
                    + "was changed after signing (" + e.getMessage() + ")");
        }
        long covered = (long) range[2] + range[3];
        if (covered != pdf.length || count > 1) {
            return new SignatureCheck(SignatureCheck.Status.BROKEN, "the signature covers " + covered + " of "
                    + pdf.length + " bytes (" + count + " signatures): content was added after signing");
        }
        return new SignatureCheck(SignatureCheck.Status.VALID, "signed by '" + certificate.getSubject()
                + "' of central's CA over the whole file");
    }

    /**
     * The CMS ContentInfo at the start of /Contents: the hex string is zero-padded to its reserved
     * size, and BouncyCastle refuses trailing bytes, so only the first DER object is read.
     */
    private static org.bouncycastle.asn1.cms.ContentInfo firstObject(byte[] contents) throws CMSException {
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            org.bouncycastle.asn1.ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new CMSException("the signature value is empty");
            }
            // the padding is outside the signed bytes: it must still be what the signer wrote, zeros
            for (int i = object.getEncoded().length; i < contents.length; i++) {
                if (contents[i] != 0) {
                    throw new CMSException("the signature value's padding was changed at byte " + i);
                }
            }
            return org.bouncycastle.asn1.cms.ContentInfo.getInstance(object);
        } catch (IOException e) {
            throw new CMSException("the signature value is not DER: " + e.getMessage(), e);
        }
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] pattern = needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= haystack.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (haystack[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private boolean issuedByOurCa(X509CertificateHolder holder) {
        try {
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            if (!certificate.getIssuerX500Principal().equals(root.getSubjectX500Principal())) {
                return false;
            }
            certificate.verify(root.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
