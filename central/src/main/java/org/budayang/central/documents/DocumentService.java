package org.budayang.central.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.budayang.api.documents.DocumentPaths;
import org.budayang.api.documents.IssueCertificateRequest;
import org.budayang.api.documents.IssueReceiptRequest;
import org.budayang.api.documents.IssuedDocument;
import org.budayang.api.documents.VerificationOutcome;
import org.budayang.api.documents.VerificationReport;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues documents (content from the {@link DocumentSource}, rendered, signed, stored) and checks
 * uploaded ones against what was issued.
 */
public final class DocumentService {
    /** What the documents table and verify page show as the holder of a document that names nobody. */
    static final String NO_HOLDER = "不记名";
    private static final Logger LOG = LoggerFactory.getLogger(DocumentService.class);

    private final DocumentSource source;
    private final DocumentRenderer renderer;
    private final DocumentSigner signer;
    private final SignatureVerifier verifier;
    private final DocumentRepository repository;
    private final String publicBaseUrl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public DocumentService(DocumentSource source, DocumentRenderer renderer, SigningKeys keys,
                           DocumentRepository repository, String publicBaseUrl, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.signer = new DocumentSigner(keys);
        this.verifier = new SignatureVerifier(keys.root(), keys.signer());
        this.repository = Objects.requireNonNull(repository, "repository");
        this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public IssuedDocument issueCertificate(IssueCertificateRequest request, String kioskId) {
        DocumentContent content = source.certificate(request.itemCode(), request.idNumber(), request.params())
                .orElseThrow(() -> new ApiException(404, "UNKNOWN_ITEM", "No department connector issues a certificate "
                        + "for item '" + request.itemCode() + "'; use the code of a certificate item from GET "
                        + "/api/v1/catalog", "该事项暂不能在本机出具证明，请到服务窗口办理。"));
        return issue(content, kioskId);
    }

    public IssuedDocument issueReceipt(IssueReceiptRequest request, String kioskId) {
        DocumentContent content = source.applicationReceipt(request.applicationNumber())
                .orElseThrow(() -> new ApiException(404, "APPLICATION_NOT_FOUND", "No application has the number '"
                        + request.applicationNumber() + "'; use the 办件编号 the submission answered",
                        "未查询到该办件，请核对办件编号后重试。"));
        return issue(content, kioskId);
    }

    /** Renders, signs and stores {@code content}; the answer tells the kiosk where the PDF is. */
    public IssuedDocument issue(DocumentContent content, String kioskId) {
        VerificationCode code = VerificationCode.random(random);
        Instant now = clock.instant();
        Signed signed = produce(content, code, now);
        StoredDocument record = new StoredDocument(code, content.kind(), content.title(), content.itemCode(),
                content.issuingAgency(), content.hasHolder() ? Masking.name(content.holderName()) : NO_HOLDER,
                content.hasHolder() ? Masking.idNumber(content.holderIdNumber()) : "",
                content.issuedOn(), now, signed.pages(), signed.pdf().length, sha256(signed.pdf()), kioskId);
        repository.insert(record, signed.pdf());
        LOG.info("Issued document {} ({}, item {}) for kiosk {}: {} pages, {} bytes", code, content.kind(),
                content.itemCode(), kioskId == null ? "-" : kioskId, signed.pages(), signed.pdf().length);
        return new IssuedDocument(code.value(), content.kind(), content.title(), signed.pages(), signed.pdf().length,
                DocumentPaths.document(code.value()), verifyUrl(code));
    }

    /** A signed PDF and its page count. */
    public record Signed(byte[] pdf, int pages) {
    }

    /** Renders and signs without storing (the benchmark measures this). */
    public Signed produce(DocumentContent content, VerificationCode code, Instant signedAt) {
        DocumentRenderer.Rendered rendered = renderer.render(content, code, verifyUrl(code));
        return new Signed(signer.sign(rendered.pdf(), content.issuingAgency(), signedAt), rendered.pages());
    }

    public String verifyUrl(VerificationCode code) {
        return publicBaseUrl + DocumentPaths.verify(code.value());
    }

    public Optional<StoredDocument> find(VerificationCode code) {
        return repository.find(code);
    }

    public Optional<byte[]> pdf(VerificationCode code) {
        return repository.pdf(code);
    }

    /** Checks an uploaded PDF against the document issued under {@code code}. */
    public VerificationReport verify(VerificationCode code, byte[] pdf) {
        Optional<StoredDocument> record = repository.find(code);
        SignatureCheck check = verifier.check(pdf);
        VerificationOutcome outcome;
        String reason = check.reason();
        switch (check.status()) {
            case NOT_SIGNED -> outcome = VerificationOutcome.NOT_SIGNED;
            case FOREIGN -> outcome = VerificationOutcome.UNKNOWN;
            case BROKEN -> outcome = VerificationOutcome.TAMPERED;
            default -> {
                String hash = sha256(pdf);
                if (record.isPresent() && record.get().sha256().equals(hash)) {
                    outcome = VerificationOutcome.AUTHENTIC;
                    reason = reason + "; identical to the PDF issued under " + code;
                } else {
                    outcome = VerificationOutcome.UNKNOWN;
                    reason = repository.findBySha256(hash)
                            .map(other -> "signed by central, but it is the document issued under another code, not "
                                    + code)
                            .orElse("signed by central's CA, but no document issued under " + code
                                    + " has this content");
                }
            }
        }
        LOG.info("Verified an upload of {} bytes against document {}: {}", pdf.length, code, outcome);
        return new VerificationReport(code.value(), outcome, reason, outcome.citizenMessage(),
                record.map(StoredDocument::title).orElse(null), record.map(StoredDocument::issuingAgency).orElse(null),
                record.map(StoredDocument::issuedOn).orElse(null),
                record.map(StoredDocument::holderNameMasked).orElse(null));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
