package org.budayang.central.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.budayang.api.documents.IssuedDocument;
import org.budayang.api.json.ApiJson;
import org.budayang.central.MutableClock;
import org.budayang.central.PlatformServer;
import org.budayang.central.TestCatalogs;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Central wired as in production: POST /api/v1/documents with the values the citizen chose prints what was chosen,
 * and the 一次性告知单 of a chosen business is issued without identification, names nobody and lists the materials.
 */
class NoticeAndChoicesHttpTest {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private static final String ZHANG_SAN = "620102195803150034";

    @Test
    void aNoticeWithoutIdentificationAndACertificateOfTheChosenYear() throws Exception {
        try (PlatformServer central = PlatformServer.start(TestDatabases.Kind.H2, new MutableClock(TestCatalogs.NOW))) {
            String base = central.url();
            HttpResponse<String> issued = KioskHttp.postJson(base + "/api/v1/documents",
                    "{\"itemCode\":\"GG00044001\",\"params\":{\"business\":\"异地就医备案\"}}");
            assertEquals(201, issued.statusCode(), issued.body());
            IssuedDocument notice = JSON.readValue(issued.body(), IssuedDocument.class);
            assertEquals("BUSINESS_NOTICE", notice.kind());
            assertEquals("一次性告知单（异地就医备案）", notice.title());
            String text = PdfReading.text(KioskHttp.getBytes(base + notice.url()).body());
            assertTrue(text.contains("个人承诺书") && text.contains("异地就医备案表"), text);
            assertFalse(text.contains("公民身份号码"), "a notice names nobody: " + text);
            HttpResponse<String> page = KioskHttp.publicGet(base + "/verify/" + notice.code());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("不记名"), page.body());

            HttpResponse<String> rights = KioskHttp.postJson(base + "/api/v1/queries",
                    "{\"itemCode\":\"GG00032001\",\"idNumber\":\"" + ZHANG_SAN + "\"}");
            JsonNode rows = null;
            for (JsonNode section : JSON.readTree(rights.body()).path("sections")) {
                if (section.path("heading").asText().equals("历年缴费明细")) {
                    rows = section.path("table").path("rows");
                }
            }
            assertTrue(rows != null && rows.size() > 0, rights.body());
            String year = rows.get(rows.size() - 1).get(0).asText().replace("年", "");
            HttpResponse<String> details = KioskHttp.postJson(base + "/api/v1/documents", "{\"itemCode\":\"GG00031001\","
                    + "\"idNumber\":\"" + ZHANG_SAN + "\",\"params\":{\"certificateKind\":\"缴费明细\",\"year\":\"" + year
                    + "\"}}");
            assertEquals(201, details.statusCode(), details.body());
            IssuedDocument certificate = JSON.readValue(details.body(), IssuedDocument.class);
            assertEquals("社会保险个人缴费明细（" + year + "年度）", certificate.title());
            String printed = PdfReading.text(KioskHttp.getBytes(base + certificate.url()).body());
            assertTrue(printed.contains(year + "年01月") && printed.contains("逐月缴费明细"), printed);

            HttpResponse<String> anonymous = KioskHttp.postJson(base + "/api/v1/documents",
                    "{\"itemCode\":\"GG00031001\",\"params\":{\"year\":\"" + year + "\"}}");
            assertEquals(400, anonymous.statusCode(), anonymous.body());
            assertEquals("MISSING_ID_NUMBER", JSON.readTree(anonymous.body()).path("code").asText());
            HttpResponse<String> badBusiness = KioskHttp.postJson(base + "/api/v1/documents",
                    "{\"itemCode\":\"GG00035001\",\"params\":{\"business\":\"<script>\"}}");
            assertEquals(400, badBusiness.statusCode(), badBusiness.body());
            assertEquals("INVALID_PARAMETER", JSON.readTree(badBusiness.body()).path("code").asText());
        }
    }
}
