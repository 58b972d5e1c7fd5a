package org.budayang.central.connectors;

import static org.budayang.central.connectors.QueriesHttpTest.LI_XIUYING;
import static org.budayang.central.connectors.QueriesHttpTest.ZHANG_SAN;
import static org.budayang.central.connectors.QueriesHttpTest.ZHUOMA;
import static org.budayang.central.connectors.QueriesHttpTest.assertError;
import static org.budayang.central.connectors.QueriesHttpTest.query;
import static org.budayang.central.connectors.QueriesHttpTest.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budayang.api.services.ApplicationRequest;
import org.budayang.api.services.SignedLetter;
import org.budayang.central.connectors.KioskHttp.Reply;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.documents.DocumentContent;
import org.budayang.central.web.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue's CHOOSE/FILL inputs reach the queries, the certificates and the applications. */
class CatalogInputsHttpTest {
    private static Reply apply(ConnectorsFixture central, ApplicationRequest request) {
        return KioskHttp.post(central.url(ConnectorsModule.APPLICATIONS), request);
    }

    private static List<String> column(JsonNode rows, int index) {
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.get(index).asText()));
        return values;
    }

    private static int someContributionYear(ConnectorsFixture central, String id) {
        List<SocialSecurityConnector.Contribution> all = central.connectors.socialSecurity().contributions(id);
        assertFalse(all.isEmpty(), "the demo citizen has contributions");
        return all.get(all.size() - 1).year();
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void theSocialInsuranceCertificateShowsTheChosenYearAndKind(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            int year = someContributionYear(central, ZHANG_SAN);
            SocialSecurityConnector.Contribution c = central.connectors.socialSecurity().contributions(ZHANG_SAN)
                    .stream().filter(x -> x.year() == year).findFirst().orElseThrow();
            Reply certificate = query(central, "GG00031001", ZHANG_SAN, Map.of("certificateKind", "参保证明",
                    "year", Integer.toString(year)));
            assertEquals(200, certificate.status(), certificate::toString);
            assertEquals("社会保险个人参保证明（" + year + "年度）", certificate.body().path("title").asText());
            assertEquals(List.of(year + "年"), column(table(certificate, year + "年度缴费情况"), 0));

            Reply details = query(central, "GG00031001", ZHANG_SAN, Map.of("certificateKind", "缴费明细",
                    "year", Integer.toString(year)));
            List<String> months = column(table(details, year + "年度逐月缴费明细"), 0);
            assertEquals(c.months(), months.size(), months::toString);
            assertEquals(year + "年01月", months.get(0));

            assertError(query(central, "GG00031001", ZHANG_SAN, Map.of("certificateKind", "完税证明")), 400,
                    "INVALID_PARAMETER", "certificateKind");
            assertError(query(central, "GG00031001", ZHANG_SAN, Map.of("year", "1980")), 400, "INVALID_PARAMETER",
                    "year");

            DocumentContent printed = central.documents.certificate("GG00031001", ZHANG_SAN,
                    Map.of("year", Integer.toString(year))).orElseThrow();
            assertEquals("SOCIAL_INSURANCE_CERTIFICATE", printed.kind());
            assertEquals("社会保险个人参保证明（" + year + "年度）", printed.title());
            assertEquals("社会保险个人参保证明", central.documents.certificate("GG00031001", ZHANG_SAN).orElseThrow()
                    .title(), "without choices the certificate is as before");
        }
    }

    @Test
    void theOtherQueriesFilterByWhatWasChosen() {
        try (ConnectorsFixture central = new ConnectorsFixture(TestDatabases.Kind.H2)) {
            Reply own = query(central, "QT00013001", ZHANG_SAN, Map.of("certificateType", "本人户籍信息"));
            assertEquals(1, table(own, "同户人员").size(), own::toString);
            assertEquals(ZHANG_SAN, table(own, "同户人员").get(0).get(4).asText());

            Reply fees = query(central, "GG00022001", ZHUOMA, Map.of("insurance", "全部险种", "fromYear", "2019"));
            assertEquals(200, fees.status(), fees::toString);
            Reply medical = query(central, "GG00022001", ZHUOMA, Map.of("insurance", "城乡居民基本养老保险",
                    "fromYear", "2019"));
            JsonNode medicalRows = medical.body().path("sections").get(1).path("table").path("rows");
            for (JsonNode row : medicalRows) {
                assertEquals("城乡居民基本养老保险", row.get(0).asText(), medical::toString);
            }
            assertError(query(central, "GG00022001", ZHUOMA, Map.of("insurance", "失业保险")), 400,
                    "INVALID_PARAMETER", "insurance");

            Reply unpaid = query(central, "GG00014001", ZHANG_SAN, Map.of("scope", "未处理的违法记录"));
            Reply all = query(central, "GG00014001", ZHANG_SAN, Map.of("scope", "全部违法记录"));
            assertEquals(200, unpaid.status(), unpaid::toString);
            JsonNode allRows = all.body().path("sections").get(1).path("table").path("rows");
            JsonNode unpaidRows = unpaid.body().path("sections").get(1).path("table").path("rows");
            assertTrue(unpaidRows.size() <= allRows.size());
            unpaidRows.forEach(row -> assertEquals("未缴款", row.get(7).asText()));

            Reply invoice = query(central, "GG00023001", null, Map.of("invoiceCode", "1", "amount", "10"));
            assertError(invoice, 400, "INVALID_PARAMETER", "invoiceNumber '1'");
        }
    }

    @Test
    void aCertificateWithChoicesIsTitledAsTheCertificateNeverAsTheQuery() {
        try (ConnectorsFixture central = new ConnectorsFixture(TestDatabases.Kind.H2)) {
            for (String type : List.of("本人户籍信息", "同户家庭成员关系")) {
                assertEquals("户籍证明", central.documents.certificate("QT00013001", ZHANG_SAN,
                        Map.of("certificateType", type)).orElseThrow().title(), "户籍证明 of " + type);
            }
            assertEquals("社会保险个人参保证明", central.documents.certificate("GG00031001", ZHANG_SAN,
                    Map.of("certificateKind", "参保证明")).orElseThrow().title(), "a kind without a year");
            assertEquals("基本医疗保险参保凭证", central.documents.certificate("GG00041001", ZHANG_SAN,
                    Map.of("voucherKind", "参保凭证")).orElseThrow().title(), "a voucher without a year");
            int year = someContributionYear(central, ZHANG_SAN);
            assertEquals("社会保险个人缴费明细（" + year + "年度）", central.documents.certificate("GG00031001",
                    ZHANG_SAN, Map.of("certificateKind", "缴费明细", "year", Integer.toString(year))).orElseThrow()
                    .title(), "a chosen kind and year name the certificate");
        }
    }

    @Test
    void theNoticeOfAChosenBusinessNamesNobodyAndListsEveryMaterial() {
        try (ConnectorsFixture central = new ConnectorsFixture(TestDatabases.Kind.H2)) {
            DocumentContent notice = central.documents.certificate("GG00035001", null, Map.of("business", "参保登记"))
                    .orElseThrow();
            assertEquals("BUSINESS_NOTICE", notice.kind());
            assertEquals("一次性告知单（参保登记）", notice.title());
            assertFalse(notice.hasHolder());
            assertNull(notice.holderIdNumber());
            List<String> materials = notice.sections().get(1).table().rows().stream().map(r -> r.get(1)).toList();
            assertEquals(List.of("居民身份证", "户口簿"), materials);
            DocumentContent medical = central.documents.certificate("620102-YB01-GG00044001", ZHANG_SAN,
                    Map.of("business", "异地就医备案")).orElseThrow();
            assertFalse(medical.hasHolder(), "an ID number given is not printed on a notice");

            ApiException missing = assertThrows(ApiException.class,
                    () -> central.documents.certificate("GG00035001", null, Map.of()));
            assertEquals("MISSING_PARAMETER", missing.error().code());
            ApiException unknown = assertThrows(ApiException.class,
                    () -> central.documents.certificate("GG00044001", null, Map.of("business", "参保登记")));
            assertEquals("INVALID_PARAMETER", unknown.error().code());
            assertTrue(unknown.citizenMessage().orElseThrow().contains("异地就医备案"), unknown.getMessage());
            ApiException anonymous = assertThrows(ApiException.class,
                    () -> central.documents.certificate("GG00031001", null, Map.of()));
            assertEquals("MISSING_ID_NUMBER", anonymous.error().code());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aFilingWithoutInsuredRegionTakesItFromTheEnrolment(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            SignedLetter commitment = new SignedLetter("YB-GG00042001-v1", central.clock.instant().minusSeconds(60));
            Reply sameCity = apply(central, new ApplicationRequest("GG00042001", ZHANG_SAN, "张三",
                    Map.of("treatmentRegion", "620103", "filingType", "异地长期居住", "startDate", "2026-03-10",
                            "address", "兰州市七里河区西津西路1号", "phone", "13800000000"),
                    List.of("居民身份证或社会保障卡"), commitment, null));
            assertEquals(201, sameCity.status(), sameCity::toString);
            List<String> missing = new ArrayList<>();
            sameCity.body().path("missing").forEach(m -> missing.add(m.path("kind").asText() + ":"
                    + m.path("name").asText()));
            assertEquals(List.of("FIELD:就医地"), missing, "the derived 参保地 (兰州) is compared: " + sameCity);

            Reply filed = apply(central, new ApplicationRequest("GG00042001", ZHANG_SAN, "张三",
                    Map.of("treatmentRegion", "440106", "filingType", "异地长期居住", "startDate", "2026-03-10",
                            "address", "广州市天河区体育西路1号", "phone", "13800000000"),
                    List.of("居民身份证或社会保障卡"), commitment, null));
            assertEquals("ACCEPTED", filed.body().path("outcome").asText(), filed::toString);
            assertEquals(201, apply(central, new ApplicationRequest("GG00042001", LI_XIUYING, "李秀英",
                    Map.of("treatmentRegion", "440106"), List.of(), null, null)).status());
        }
    }
}
