package org.budayang.central.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Calendar;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as a PDF signature: a detached CMS (PKCS#7) SignedData over the signature's byte
 * range (SHA-256 with ECDSA, the signer certificate and the demo root embedded), written as an
 * incremental update ({@code adbe.pkcs7.detached}), so any PDF reader can show and check it.
 */
public final class DocumentSigner {
    /** Room reserved for the CMS blob; an EC signature with two certificates needs about 1.2 KB. */
    private static final int SIGNATURE_SIZE = 3072;

    private final SigningKeys keys;

    public DocumentSigner(SigningKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * @param pdf      the unsigned PDF
     * @param agency   who the signature is made for (the issuing agency, shown as the reason)
     * @param signedAt the signing time written into the signature dictionary
     */
    public byte[] sign(byte[] pdf, String agency, Instant signedAt) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("Budayang document signer (demo CA)");
            signature.setReason("出具机构：" + agency);
            signature.setLocation("Budayang central");
            Calendar time = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            time.setTimeInMillis(signedAt.toEpochMilli());
            signature.setSignDate(time);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, this::cms, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 2048);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("SIGNING_FAILED: cannot sign a PDF of " + pdf.length + " bytes: "
                    + e.getMessage(), e);
        }
    }

    /** The detached CMS SignedData over the bytes PDFBox hands in (the byte range). */
    private byte[] cms(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.signerKey()), keys.signer()));
            generator.addCertificates(new JcaCertStore(keys.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("CMS signing with the document-signer key failed: " + e.getMessage(), e);
        }
    }
}
