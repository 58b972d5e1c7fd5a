package org.budayang.central.connectors;

import org.budayang.central.db.Jdbc;
import static org.budayang.central.connectors.QueriesHttpTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budayang.api.services.ApplicationRequest;
import org.budayang.api.services.SignedLetter;
import org.budayang.central.TestCatalogs;
import org.budayang.central.connectors.KioskHttp.Reply;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.documents.DocumentContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Applications of each kind over HTTP: 受理 with status progression, 容缺受理, 一次性告知; and refusals. */
class ApplicationsHttpTest {
    private static final SignedLetter COMMITMENT = new SignedLetter("GA-QT00012001-v1", TestCatalogs.NOW.minusSeconds(60));
    private static final SignedLetter DEFERRAL = new SignedLetter("RQ-2026-v1", TestCatalogs.NOW.minusSeconds(30));

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void acceptedApplicationGetsNumberPromisedDateAndMovesOnWithTheClock(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            Reply accepted = apply(central, new ApplicationRequest("620102-GA01-QT00012001",
                    QueriesHttpTest.ZHANG_SAN, "张三", Map.of("purpose", "出国（境）", "useUnit", "兰州大学国际交流处"),
                    List.of("居民身份证"), COMMITMENT, null));
            assertEquals(201, accepted.status(), accepted::toString);
            JsonNode body = accepted.body();
            String number = body.path("number").asText();
            assertTrue(number.matches("62010220260302\\d{6}"), number);
            assertEquals("ACCEPTED", body.path("outcome").asText());
            assertEquals("RECEIVED", body.path("status").asText());
            assertEquals("受理", body.path("statusText").asText());
            // Monday 2026-03-02 + 1 working day
            assertEquals("2026-03-03", body.path("promisedDate").asText());
            assertEquals(0, body.path("missing").size());

            Reply second = apply(central, new ApplicationRequest("QT00012001", QueriesHttpTest.ZHANG_SAN, "张三",
                    Map.of("purpose", "就业", "useUnit", "甘肃弘毅建设工程有限公司"), List.of("居民身份证"), COMMITMENT, null));
            assertNotEquals(number, second.body().path("number").asText());

            String statusUrl = central.url(ConnectorsModule.APPLICATIONS + "/" + number);
            assertEquals("RECEIVED", KioskHttp.get(statusUrl).body().path("status").asText());
            central.clock.advance(ConnectorsFixture.PROCESSING_AFTER);
            assertEquals("PROCESSING", KioskHttp.get(statusUrl).body().path("status").asText());
            central.clock.advance(Duration.ofHours(23));
            Reply done = KioskHttp.get(statusUrl);
            assertEquals("COMPLETED", done.body().path("status").asText(), done::toString);
            assertEquals("办结", done.body().path("statusText").asText());
            assertEquals(3L, new Jdbc(central.database.dataSource()).one("SELECT COUNT(*) FROM app_status_history "
                    + "WHERE application_no = ?", r -> r.getLong(1), number).orElseThrow(), "每一步都已存储");

            DocumentContent receipt = central.documents.applicationReceipt(number).orElseThrow();
            assertEquals("ACCEPTANCE_RECEIPT", receipt.kind());
            assertTrue(receipt.sections().toString().contains("GA-QT00012001-v1"), "the signed letter is on the receipt");
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void deferredAcceptanceListsTheMissingMaterialAndItsDeadline(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            ApplicationRequest family = new ApplicationRequest("QT00013001", QueriesHttpTest.ZHANG_SAN, "张三",
                    Map.of("certificateType", "同户家庭成员关系"), List.of("居民身份证"), null, DEFERRAL);
            Reply deferred = apply(central, family);
            assertEquals(201, deferred.status(), deferred::toString);
            assertEquals("ACCEPTED_WITH_DEFERRED", deferred.body().path("outcome").asText());
            assertEquals("居民户口簿", deferred.body().path("missing").get(0).path("name").asText());
            assertEquals(1, deferred.body().path("missing").size());
            assertEquals("2026-03-09", deferred.body().path("deferredDeadline").asText(), "5 working days");
            assertEquals("2026-03-02", deferred.body().path("promisedDate").asText(), "即办");
            DocumentContent notice = central.documents.applicationReceipt(deferred.body().path("number").asText())
                    .orElseThrow();
            assertEquals("DEFERRED_ACCEPTANCE_NOTICE", notice.kind());
            assertTrue(notice.sections().toString().contains("容缺受理承诺书"));

            Reply withoutLetter = apply(central, new ApplicationRequest("QT00013001", QueriesHttpTest.ZHANG_SAN, "张三",
                    Map.of("certificateType", "同户家庭成员关系"), List.of("居民身份证"), null, null));
            assertEquals("NOT_ACCEPTED", withoutLetter.body().path("outcome").asText());
            assertEquals(List.of("MATERIAL:居民户口簿", "DEFERRAL_LETTER:容缺受理承诺书"), missing(withoutLetter));

            Reply complete = apply(central, new ApplicationRequest("QT00013001", QueriesHttpTest.ZHANG_SAN, "张三",
                    Map.of("certificateType", "同户家庭成员关系"), List.of("居民身份证", "居民户口簿"), null, null));
            assertEquals("ACCEPTED", complete.body().path("outcome").asText(), complete::toString);
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void notAcceptedListsEverythingMissingAtOnce(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            Reply refused = apply(central, new ApplicationRequest("GG00042001", QueriesHttpTest.ZHANG_SAN, "张三",
                    Map.of("insuredRegion", "620102", "treatmentRegion", "620103", "filingType", "异地长期居住",
                            "startDate", "2026-02-01", "phone", "12345"), List.of(), null, null));
            assertEquals(201, refused.status(), refused::toString);
            assertEquals("NOT_ACCEPTED", refused.body().path("outcome").asText());
            assertEquals("NOT_ACCEPTED", refused.body().path("status").asText());
            assertEquals(List.of("MATERIAL:居民身份证或社会保障卡", "FIELD:就医地", "FIELD:备案开始日期", "FIELD:就医地居住地址",
                    "FIELD:联系电话", "COMMITMENT:个人承诺书"), missing(refused));
            DocumentContent notice = central.documents.applicationReceipt(refused.body().path("number").asText())
                    .orElseThrow();
            assertEquals("ONE_TIME_NOTICE", notice.kind());
            assertEquals("一次性告知单", notice.title());

            Reply filed = apply(central, new ApplicationRequest("GG00042001", QueriesHttpTest.ZHANG_SAN, "张三",
                    Map.of("insuredRegion", "620102", "treatmentRegion", "440106", "filingType", "异地长期居住",
                            "startDate", "2026-03-10", "address", "广州市天河区体育西路1号", "phone", "13800000000"),
                    List.of("居民身份证或社会保障卡"), COMMITMENT, null));
            assertEquals("ACCEPTED", filed.body().path("outcome").asText(), filed::toString);

            Reply otherDistrict = apply(central, new ApplicationRequest("QT00013001", QueriesHttpTest.LI_XIUYING, "李秀英",
                    Map.of("certificateType", "本人户籍信息"), List.of("居民身份证"), null, null));
            assertEquals(List.of("CONDITION:户籍所在地"), missing(otherDistrict));
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void invalidApplicationsAnswerPrecise4xx(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            Map<String, String> form = Map.of("purpose", "就业", "useUnit", "某单位");
            assertError(apply(central, new ApplicationRequest("QT00012001", QueriesHttpTest.ZHANG_SAN, "李四", form,
                    List.of("居民身份证"), COMMITMENT, null)), 400, "APPLICANT_MISMATCH");
            assertError(apply(central, new ApplicationRequest("QT00012001", QueriesHttpTest.ZHANG_SAN, "张三", form,
                    List.of("护照"), COMMITMENT, null)), 400, "UNKNOWN_MATERIAL");
            assertError(apply(central, new ApplicationRequest("QT00012001", "620102195803150035", "张三", form,
                    List.of(), COMMITMENT, null)), 400, "INVALID_ID_NUMBER");
            assertError(apply(central, new ApplicationRequest("QT00012001", "11010519491231002X", "张三", form,
                    List.of(), COMMITMENT, null)), 404, "CITIZEN_NOT_FOUND");
            assertError(apply(central, new ApplicationRequest("GG00031001", QueriesHttpTest.ZHANG_SAN, "张三", form,
                    List.of(), null, null)), 400, "ITEM_NOT_HANDLED");
            assertError(apply(central, new ApplicationRequest("QT00012001", QueriesHttpTest.ZHANG_SAN, "张三", form,
                    List.of("居民身份证"), new SignedLetter("v1", TestCatalogs.NOW.minus(Duration.ofDays(3))), null)),
                    400, "INVALID_LETTER");
            assertError(KioskHttp.post(central.url(ConnectorsModule.APPLICATIONS), "{\"itemCode\":\"QT00012001\"}"),
                    400, "INVALID_FIELD", "ApplicationRequest.applicantIdNumber");
            assertError(KioskHttp.get(central.url(ConnectorsModule.APPLICATIONS + "/62010220260302999999")), 404,
                    "APPLICATION_NOT_FOUND", "受理凭证");
            assertError(KioskHttp.get(central.url(ConnectorsModule.APPLICATIONS + "/62010220260302999999")), 404,
                    "APPLICATION_NOT_FOUND", "POST /api/v1/applications");
            assertError(KioskHttp.get(central.url(ConnectorsModule.APPLICATIONS + "/12ab")), 400,
                    "INVALID_APPLICATION_NUMBER");
        }
    }

    private static Reply apply(ConnectorsFixture central, ApplicationRequest request) {
        return KioskHttp.post(central.url(ConnectorsModule.APPLICATIONS), request);
    }

    private static List<String> missing(Reply reply) {
        List<String> missing = new ArrayList<>();
        for (JsonNode r : reply.body().path("missing")) {
            missing.add(r.path("kind").asText() + ":" + r.path("name").asText());
        }
        return missing;
    }
}
