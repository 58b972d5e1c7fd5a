package org.budayang.central.documents;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.ApiHeaders;
import org.budayang.api.documents.DocumentPaths;
import org.budayang.api.documents.IssueCertificateRequest;
import org.budayang.api.documents.IssueReceiptRequest;
import org.budayang.api.documents.VerificationReport;
import org.budayang.central.web.AcceptedBodies;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.CentralModule;
import org.budayang.central.web.JsonBody;

/**
 * The documents feature's routes: kiosks issue certificates and receipts and fetch the signed PDF
 * ({@code /api/v1/documents…}); anyone checks a code or an uploaded PDF on the public verify page
 * ({@code /verify/{code}}, HTML, or JSON with {@code Accept: application/json}).
 */
public final class DocumentsModule implements CentralModule {
    /** Room for the multipart envelope (boundaries, part headers) around an upload of the largest size. */
    private static final long MULTIPART_ALLOWANCE = 64 * 1024L;

    private final DocumentService service;
    private final int maxUploadBytes;

    public DocumentsModule(DocumentService service, int maxUploadBytes) {
        this.service = Objects.requireNonNull(service, "service");
        this.maxUploadBytes = maxUploadBytes;
    }

    /**
     * Wires the feature: the bundled font, the demo CA from {@code config.keyStore()} (created at
     * first start), the {@code documents} table of {@code dataSource}.
     */
    public static DocumentsModule create(DocumentsConfig config, DataSource dataSource, DocumentSource source,
                                         Clock clock) {
        SigningKeys keys = SigningKeys.loadOrCreate(config.keyStore(),
                config.keyStorePassword() == null ? null : config.keyStorePassword().toCharArray(), clock);
        DocumentService service = new DocumentService(source, new DocumentRenderer(CjkFont.bundled()), keys,
                new DocumentRepository(dataSource), config.publicBaseUrl(), clock);
        return new DocumentsModule(service, config.maxUploadBytes());
    }

    public DocumentService service() {
        return service;
    }

    @Override
    public void addRoutes(Javalin app) {
        app.post(DocumentPaths.DOCUMENTS, ctx -> ctx.status(201)
                .json(service.issueCertificate(JsonBody.read(ctx, IssueCertificateRequest.class), kioskId(ctx))));
        app.post(DocumentPaths.RECEIPTS, ctx -> ctx.status(201)
                .json(service.issueReceipt(JsonBody.read(ctx, IssueReceiptRequest.class), kioskId(ctx))));
        app.get(DocumentPaths.DOCUMENT, this::pdf);
        app.get(DocumentPaths.VERIFY, this::verifyPage);
        // the public page takes the PDF itself or the page's upload form, not JSON; the platform refuses a
        // declared length beyond the upload limit plus room for the multipart envelope
        app.post(DocumentPaths.VERIFY, this::verifyUpload, AcceptedBodies.of(maxUploadBytes + MULTIPART_ALLOWANCE,
                "application/pdf", "multipart/form-data"));
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/documents.json");
    }

    private void pdf(Context ctx) {
        VerificationCode code = apiCode(ctx.pathParam("code"));
        byte[] pdf = service.pdf(code).orElseThrow(() -> new ApiException(404, "DOCUMENT_NOT_FOUND", "No document "
                + "was issued under code " + code + "; use the code that POST " + DocumentPaths.DOCUMENTS + " answered",
                "未找到该文件，请重新办理。"));
        ctx.header("Content-Disposition", "inline; filename=\"" + code + ".pdf\"");
        ctx.result(pdf);
        // Jetty would append the UTF-8 charset Javalin set for JSON; a PDF has none
        ctx.res().setCharacterEncoding(null);
        ctx.res().setContentType("application/pdf");
    }

    private void verifyPage(Context ctx) {
        Optional<VerificationCode> code = pageCode(ctx);
        if (code.isEmpty()) {
            return;
        }
        Optional<StoredDocument> document = service.find(code.get());
        if (document.isPresent()) {
            html(ctx, 200, VerifyPage.issued(document.get()));
        } else {
            html(ctx, 404, VerifyPage.unknown(code.get()));
        }
    }

    private void verifyUpload(Context ctx) {
        boolean json = Optional.ofNullable(ctx.header(Header.ACCEPT)).orElse("").contains("application/json");
        VerificationCode code;
        try {
            code = VerificationCode.parse(ctx.pathParam("code"));
        } catch (IllegalArgumentException e) {
            refuse(ctx, json, 400, "INVALID_VERIFICATION_CODE", e.getMessage(), null);
            return;
        }
        byte[] pdf;
        try {
            pdf = upload(ctx);
        } catch (MalformedUpload e) {
            refuse(ctx, json, 400, "MALFORMED_UPLOAD", "the multipart/form-data body could not be parsed; send the "
                    + "PDF as form field 'pdf' between the boundaries named in Content-Type, or as the body with "
                    + "Content-Type: application/pdf", "上传的文件无法读取，请重新选择收到的PDF文件上传。");
            return;
        }
        if (pdf == null) {
            refuse(ctx, json, 413, "UPLOAD_TOO_LARGE", "the upload is larger than " + maxUploadBytes + " bytes",
                    "文件过大：请上传不超过 " + maxUploadBytes / 1024 / 1024 + " MB 的PDF文件。");
            return;
        }
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            refuse(ctx, json, 400, "NOT_A_PDF", "the upload of " + pdf.length + " bytes does not start with %PDF-; "
                    + "send the PDF file as the body (Content-Type: application/pdf) or as form field 'pdf'",
                    "上传的不是PDF文件，请选择收到的PDF文件。");
            return;
        }
        VerificationReport report = service.verify(code, pdf);
        if (json) {
            ctx.json(report);
        } else {
            html(ctx, 200, VerifyPage.result(report, service.find(code).orElse(null)));
        }
    }

    /** A multipart body the servlet container could not parse: the sender's mistake, not central's. */
    private static final class MalformedUpload extends Exception {
        MalformedUpload(IOException cause) {
            super("malformed multipart/form-data body", cause);
        }
    }

    /** The uploaded bytes (form field {@code pdf} or the raw body), or null when over the limit. */
    private byte[] upload(Context ctx) throws MalformedUpload {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(java.util.Locale.ROOT);
        try {
            if (type.startsWith("multipart/form-data")) {
                UploadedFile file;
                try {
                    file = ctx.uploadedFile("pdf");
                } catch (Exception e) { // Javalin rethrows Jetty's IOException undeclared
                    if (e instanceof IOException unreadable) {
                        throw new MalformedUpload(unreadable);
                    }
                    throw e;
                }
                if (file == null) {
                    return new byte[0];
                }
                if (file.size() > maxUploadBytes) {
                    return null;
                }
                try (InputStream in = file.content()) {
                    return in.readAllBytes();
                }
            }
            try (InputStream in = ctx.bodyInputStream()) {
                byte[] bytes = in.readNBytes(maxUploadBytes + 1);
                return bytes.length > maxUploadBytes ? null : bytes;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded PDF failed", e);
        }
    }

    private void refuse(Context ctx, boolean json, int status, String code, String message, String citizen) {
        if (json) {
            throw new ApiException(status, code, message, citizen);
        }
        html(ctx, status, status == 400 && "INVALID_VERIFICATION_CODE".equals(code)
                ? VerifyPage.malformed(message) : VerifyPage.badUpload(citizen));
    }

    private Optional<VerificationCode> pageCode(Context ctx) {
        try {
            return Optional.of(VerificationCode.parse(ctx.pathParam("code")));
        } catch (IllegalArgumentException e) {
            html(ctx, 400, VerifyPage.malformed(e.getMessage()));
            return Optional.empty();
        }
    }

    private static void html(Context ctx, int status, String page) {
        ctx.header("Content-Security-Policy", VerifyPage.CONTENT_SECURITY_POLICY);
        ctx.status(status).contentType("text/html; charset=utf-8").result(page);
    }

    private static VerificationCode apiCode(String text) {
        try {
            return VerificationCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "INVALID_VERIFICATION_CODE", e.getMessage(), "核验码格式不正确，请核对。");
        }
    }

    /** The kiosk named by {@code X-Budayang-Kiosk} (authenticated by the platform's filter), if any. */
    private static String kioskId(Context ctx) {
        String kiosk = ctx.header(ApiHeaders.KIOSK_ID);
        return kiosk != null && kiosk.matches("[A-Za-z0-9_.-]{1,64}") ? kiosk : null;
    }
}
