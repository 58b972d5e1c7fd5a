package org.budayang.central.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.budayang.api.documents.IssuedDocument;
import org.budayang.api.json.ApiJson;
import org.budayang.central.CentralServer;
import org.budayang.central.TestCatalogs;
import org.budayang.central.catalog.LoadedCatalogRepository;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The documents endpoints over real HTTP on port 0, against H2 and PostgreSQL. */
class DocumentsEndpointTest {
    private static final ObjectMapper JSON = ApiJson.mapper();

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void issueFetchAndVerifyOverHttp(TestDatabases.Kind kind) throws Exception {
        SampleDocuments source = new SampleDocuments(30);
        try (Database db = TestDatabases.fresh(kind); CentralServer server = start(db, source, 5 * 1024 * 1024)) {
            String base = server.url();
            HttpResponse<String> issued = KioskHttp.postJson(base + "/api/v1/documents",
                    "{\"itemCode\":\"" + SampleDocuments.PENSION_ITEM + "\",\"idNumber\":\"" + SampleDocuments.ZHANG + "\"}");
            assertEquals(201, issued.statusCode(), issued.body());
            IssuedDocument document = JSON.readValue(issued.body(), IssuedDocument.class);
            assertEquals("SOCIAL_INSURANCE_CERTIFICATE", document.kind());
            assertEquals("https://zwfw.example.gov.cn/verify/" + document.code(), document.verifyUrl());

            HttpResponse<byte[]> pdf = KioskHttp.getBytes(base + document.url());
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertEquals(document.sizeBytes(), pdf.body().length);
            assertEquals(document.verifyUrl(), PdfReading.qrOfFirstPage(pdf.body()));
            assertTrue(PdfReading.text(pdf.body()).contains("张小三"));

            HttpResponse<String> page = KioskHttp.publicGet(base + "/verify/" + document.code().toLowerCase());
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("社会保险个人参保证明") && page.body().contains("张*三")
                    && page.body().contains("620102********0038") && page.body().contains("2025年3月1日"), page.body());
            assertFalse(page.body().contains("张小三") || page.body().contains(SampleDocuments.ZHANG), "unmasked data");
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("style-src 'sha256-"));

            assertEquals("AUTHENTIC", verifyJson(base, document.code(), pdf.body()).get("outcome").asText());
            byte[] flipped = pdf.body().clone();
            flipped[flipped.length / 3] ^= 0x04;
            assertEquals("TAMPERED", verifyJson(base, document.code(), flipped).get("outcome").asText());
            SigningKeys stranger = SigningKeys.generate("Budayang 演示 CA", Clock.systemUTC());
            byte[] foreign = new DocumentSigner(stranger).sign(
                    new DocumentRenderer(CjkFont.bundled(1)).render(source.pension("张小三", SampleDocuments.ZHANG),
                            new VerificationCode(document.code()), document.verifyUrl()).pdf(), "某局", java.time.Instant.now());
            JsonNode unknown = verifyJson(base, document.code(), foreign);
            assertEquals("UNKNOWN", unknown.get("outcome").asText());
            assertEquals("张*三", unknown.get("holderName").asText());

            HttpResponse<String> html = KioskHttp.publicPost(base + "/verify/" + document.code(), "application/pdf",
                    flipped, "text/html");
            assertEquals(200, html.statusCode());
            assertTrue(html.body().contains("文件已被篡改"), html.body());
            String boundary = "----budayang" + System.nanoTime();
            byte[] form = multipart(boundary, pdf.body());
            HttpResponse<String> upload = KioskHttp.publicPost(base + "/verify/" + document.code(),
                    "multipart/form-data; boundary=" + boundary, form, "text/html");
            assertEquals(200, upload.statusCode(), upload.body());
            assertTrue(upload.body().contains("文件真实有效"), upload.body());

            HttpResponse<String> receipt = KioskHttp.postJson(base + "/api/v1/documents/receipts",
                    "{\"applicationNumber\":\"" + SampleDocuments.RECEIPT_NUMBER + "\"}");
            assertEquals(201, receipt.statusCode(), receipt.body());
            assertEquals("受理凭证", JSON.readTree(receipt.body()).get("title").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void mistakesAreFourHundredsWithCodesAndPagesNeverFiveHundreds(TestDatabases.Kind kind) throws Exception {
        SampleDocuments source = new SampleDocuments(2);
        try (Database db = TestDatabases.fresh(kind); CentralServer server = start(db, source, 4096)) {
            String base = server.url();
            assertError(KioskHttp.postJson(base + "/api/v1/documents", "{\"itemCode\":\"NO-SUCH-ITEM\",\"idNumber\":\""
                    + SampleDocuments.ZHANG + "\"}"), 404, "UNKNOWN_ITEM");
            assertError(KioskHttp.postJson(base + "/api/v1/documents", "{\"itemCode\":\"" + SampleDocuments.PENSION_ITEM
                    + "\",\"idNumber\":\"440524188001010014\"}"), 404, "PERSON_NOT_FOUND");
            assertError(KioskHttp.postJson(base + "/api/v1/documents", "{\"itemCode\":\"" + SampleDocuments.PENSION_ITEM
                    + "\",\"idNumber\":\"620102199001010035\"}"), 400, "INVALID_ID_NUMBER");
            assertError(KioskHttp.postJson(base + "/api/v1/documents", "{\"itemCode\":"), 400, "MALFORMED_JSON");
            assertError(KioskHttp.postJson(base + "/api/v1/documents/receipts", "{\"applicationNumber\":\"SB-0\"}"),
                    404, "APPLICATION_NOT_FOUND");
            HttpResponse<String> badNumber = KioskHttp.postJson(base + "/api/v1/documents/receipts",
                    "{\"applicationNumber\":\"a b\"}");
            assertError(badNumber, 400, "INVALID_FIELD");
            assertTrue(badNumber.body().contains("IssueReceiptRequest.applicationNumber"), badNumber.body());
            HttpResponse<String> wrongType = KioskHttp.postJson(base + "/api/v1/documents", "{\"itemCode\":[1]}");
            assertError(wrongType, 400, "INVALID_FIELD");
            assertFalse(wrongType.body().contains("Exception") || wrongType.body().contains("java."), wrongType.body());
            source.setDown(true);
            assertError(KioskHttp.postJson(base + "/api/v1/documents", "{\"itemCode\":\"" + SampleDocuments.PENSION_ITEM
                    + "\",\"idNumber\":\"" + SampleDocuments.ZHANG + "\"}"), 503, "DEPARTMENT_UNAVAILABLE");
            HttpResponse<byte[]> missing = KioskHttp.getBytes(base + "/api/v1/documents/0000000000000000");
            assertEquals(404, missing.statusCode());
            assertEquals(400, KioskHttp.getBytes(base + "/api/v1/documents/not-a-code").statusCode());

            HttpResponse<String> unknown = KioskHttp.publicGet(base + "/verify/0000-0000-0000-0000");
            assertEquals(404, unknown.statusCode());
            assertTrue(unknown.body().contains("未找到核验码"), unknown.body());
            for (String bad : new String[] {"x", "%3Cscript%3E", "ABCDEFGHJKMNPQRSTV", "UUUUUUUUUUUUUUUU"}) {
                HttpResponse<String> page = KioskHttp.publicGet(base + "/verify/" + bad);
                assertEquals(400, page.statusCode(), bad);
                assertTrue(page.body().contains("核验码格式不正确") && !page.body().contains("<script>"), page.body());
            }
            assertError(KioskHttp.publicPost(base + "/verify/0000000000000000", "application/pdf",
                    "hello".getBytes(StandardCharsets.UTF_8), "application/json"), 400, "NOT_A_PDF");
            assertError(KioskHttp.publicPost(base + "/verify/0000000000000000", "application/pdf",
                    new byte[8 * 1024], "application/json"), 413, "UPLOAD_TOO_LARGE");
            // the platform's body rules as the verify route declares them: PDF or form upload, limit + envelope
            HttpResponse<String> text = KioskHttp.publicPost(base + "/verify/0000000000000000", "text/plain",
                    "%PDF-1.7".getBytes(StandardCharsets.UTF_8), "application/json");
            assertError(text, 415, "UNSUPPORTED_MEDIA_TYPE");
            assertTrue(text.body().contains("application/pdf, multipart/form-data"), text.body());
            assertError(KioskHttp.publicPost(base + "/verify/0000000000000000", "application/pdf",
                    new byte[4096 + 64 * 1024 + 1], "text/html"), 413, "PAYLOAD_TOO_LARGE");
            assertError(KioskHttp.publicPost(base + "/verify/0000000000000000", "multipart/form-data; boundary=x",
                    "%PDF-1.7 no parts".getBytes(StandardCharsets.UTF_8), "application/json"), 400, "MALFORMED_UPLOAD");
            HttpResponse<String> brokenForm = KioskHttp.publicPost(base + "/verify/0000000000000000",
                    "multipart/form-data; boundary=x", "--y\r\n".getBytes(StandardCharsets.UTF_8), "text/html");
            assertEquals(400, brokenForm.statusCode(), brokenForm.body());
            assertTrue(brokenForm.body().contains("上传的文件无法读取"), brokenForm.body());
            assertError(KioskHttp.publicPost(base + "/verify/bad", "application/pdf",
                    "%PDF-1.7".getBytes(StandardCharsets.UTF_8), "application/json"), 400, "INVALID_VERIFICATION_CODE");
            HttpResponse<String> notSigned = KioskHttp.publicPost(base + "/verify/0000000000000000", "application/pdf",
                    new DocumentRenderer(CjkFont.bundled(1)).render(source.pension("张小三", SampleDocuments.ZHANG),
                            new VerificationCode("0000000000000000"), "http://x/verify/0").pdf(), "application/json");
            assertEquals(413, notSigned.statusCode(), "the test server's upload limit is 4 KiB");
        }
    }

    private CentralServer start(Database db, SampleDocuments source, int maxUpload) {
        DocumentsConfig config = DocumentsConfig.from(Map.of(DocumentsConfig.PUBLIC_BASE_URL,
                "https://zwfw.example.gov.cn", DocumentsConfig.MAX_UPLOAD, String.valueOf(maxUpload)), dataDir);
        DocumentsModule module = DocumentsModule.create(config, db.dataSource(), source, Clock.systemUTC());
        return org.budayang.central.TestPlatform.secured(db, Clock.systemUTC()).catalogRepository(new LoadedCatalogRepository(TestCatalogs.bundled())).port(0)
                .module(module).build().start();
    }

    private static JsonNode verifyJson(String base, String code, byte[] pdf) throws Exception {
        HttpResponse<String> response = KioskHttp.publicPost(base + "/verify/" + code, "application/pdf", pdf,
                "application/json");
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, JSON.readTree(response.body()).get("code").asText(), response.body());
    }

    private static byte[] multipart(String boundary, byte[] pdf) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"pdf\"; filename=\"doc.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + pdf.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(pdf, 0, body, head.length, pdf.length);
        System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);
        return body;
    }
}
