package org.budayang.central.connectors;

import org.budayang.central.db.Jdbc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budayang.api.services.QueryRequest;
import org.budayang.central.connectors.KioskHttp.Reply;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every query item end to end over HTTP against the sandbox, with the demo citizens' stories. */
class QueriesHttpTest {
    static final String ZHANG_SAN = "620102195803150034";
    static final String LI_XIUYING = "620103196512080049";
    static final String MA_FUXIANG = "622901194402200015";
    static final String ZHUOMA = "623001198807110026";
    static final String WANG_XIAOMING = "620105200102030059";
    static final String ZHAO_DESHENG = "620102193501010010";

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void everyQueryItemAnswersFromItsDepartment(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            Reply insurance = query(central, "620102-SB01-GG00031001", ZHANG_SAN, Map.of());
            assertEquals(200, insurance.status(), insurance::toString);
            assertEquals("社会保险个人参保信息", insurance.body().path("title").asText());
            assertEquals("SOCIAL_SECURITY", insurance.body().path("department").asText());
            assertEquals("正常领取待遇", field(insurance, "参保状态"));
            assertEquals("4,826.50 元", field(insurance, "月养老金"));
            assertEquals("620102********0034", field(insurance, "公民身份号码"));

            Reply rights = query(central, "GG00032001", LI_XIUYING, Map.of());
            JsonNode rows = table(rights, "历年缴费明细");
            JsonNode last = rows.get(rows.size() - 1);
            assertEquals("2026年", last.get(0).asText(), "contributions run to the seed day's previous month");
            assertEquals("2", last.get(1).asText());

            Reply tax = query(central, "620102-SW01-GG00021001", ZHANG_SAN, Map.of("fromYear", "2023", "toYear", "2025"));
            assertEquals(4, table(tax, "纳税明细").size(), tax::toString);
            assertEquals("960.00 元", field(tax, "已缴税额合计"), "only the labour income is taxed; pensions are exempt");

            Reply noTax = query(central, "GG00021001", MA_FUXIANG, Map.of());
            assertEquals(200, noTax.status(), noTax::toString);
            assertEquals("所选期间内没有纳税记录。", field(noTax, "说明"));

            Reply fees = query(central, "GG00022001", ZHUOMA, Map.of("fromYear", "2023", "toYear", "2025"));
            assertTrue(table(fees, "缴费明细").toString().contains("500.00 元"), fees::toString);

            Reply traffic = query(central, "GG00014001", ZHUOMA, Map.of());
            assertEquals(2, table(traffic, "交通违法记录").size());
            assertEquals("1 条", field(traffic, "未缴款"));

            Reply card = query(central, "GG00011001", WANG_XIAOMING, Map.of());
            assertEquals("已过期，请尽快换领", field(card, "证件状态"));
            assertEquals("制证中", field(card, "当前进度"));

            Reply medical = query(central, "GG00041001", MA_FUXIANG, Map.of());
            assertEquals("城乡居民基本医疗保险", field(medical, "险种类型"));
            Reply elder = query(central, "GG00041001", ZHAO_DESHENG, Map.of());
            assertEquals("职工基本医疗保险", field(elder, "险种类型"));

            Reply certification = query(central, "JF00033001", MA_FUXIANG, Map.of());
            assertEquals("城乡居民基本养老保险", field(certification, "待遇类型"));

            Reply resident = query(central, "GG00034001", ZHUOMA, Map.of());
            assertEquals("500.00 元/年", field(resident, "上次缴费档次"));
            Reply residentMedical = query(central, "GG00043001", MA_FUXIANG, Map.of());
            assertEquals(200, residentMedical.status(), residentMedical::toString);

            Reply household = query(central, "QT00013001", ZHANG_SAN, Map.of());
            assertEquals("甘肃省兰州市城关区庆阳路123号", field(household, "户籍地址"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void invoiceCheckMatchesAndStopsAfterFiveChecksADay(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            Jdbc jdbc = new Jdbc(central.database.dataSource());
            String[] invoice = jdbc.one("SELECT invoice_no, issued_on, amount_fen FROM sb_tax_invoice WHERE NOT voided "
                            + "AND invoice_no NOT IN (SELECT invoice_no FROM sb_tax_invoice_check) ORDER BY invoice_no",
                    r -> new String[] {r.getString(1), r.getString(2), java.math.BigDecimal.valueOf(r.getLong(3))
                            .movePointLeft(2).toPlainString()}).orElseThrow();
            Map<String, String> params = Map.of("invoiceNumber", invoice[0], "issuedOn", invoice[1], "amount", invoice[2]);
            Reply first = query(central, "GG00023001", null, params);
            assertEquals(200, first.status(), first::toString);
            assertTrue(field(first, "查验结果").startsWith("查验一致"), first::toString);
            Map<String, String> wrongAmount = new HashMap<>(params);
            wrongAmount.put("amount", "0.01");
            assertTrue(field(query(central, "GG00023001", null, wrongAmount), "查验结果").startsWith("查验不一致"));
            for (int i = 3; i <= 5; i++) {
                assertEquals(200, query(central, "GG00023001", null, params).status());
            }
            Reply sixth = query(central, "GG00023001", null, params);
            assertEquals(429, sixth.status(), sixth::toString);
            assertEquals("INVOICE_CHECK_LIMIT", sixth.code());
        }
    }

    /** Review finding: count-then-insert let concurrent checks past the limit of 5 per invoice and day. */
    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void concurrentInvoiceChecksStopAtFive(TestDatabases.Kind kind) throws Exception {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            Jdbc jdbc = new Jdbc(central.database.dataSource());
            String[] invoice = jdbc.one("SELECT invoice_no, issued_on, amount_fen FROM sb_tax_invoice WHERE NOT voided "
                            + "AND invoice_no NOT IN (SELECT invoice_no FROM sb_tax_invoice_check) ORDER BY invoice_no DESC",
                    r -> new String[] {r.getString(1), r.getString(2), java.math.BigDecimal.valueOf(r.getLong(3))
                            .movePointLeft(2).toPlainString()}).orElseThrow();
            Map<String, String> params = Map.of("invoiceNumber", invoice[0], "issuedOn", invoice[1], "amount", invoice[2]);
            assertEquals(404, KioskHttp.get(central.url(ConnectorsModule.APPLICATIONS + "/62010220260302999999"))
                    .status(), "the kiosk is authenticated (and cached) before the burst");
            int checks = 20;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(checks);
            try {
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
                for (int i = 0; i < checks; i++) {
                    replies.add(pool.submit(() -> {
                        start.await();
                        return query(central, "GG00023001", null, params);
                    }));
                }
                start.countDown();
                Map<Integer, Integer> statuses = new HashMap<>();
                for (java.util.concurrent.Future<Reply> reply : replies) {
                    statuses.merge(reply.get().status(), 1, Integer::sum);
                }
                assertEquals(Map.of(200, 5, 429, 15), statuses);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(5L, jdbc.one("SELECT COUNT(*) FROM sb_tax_invoice_check WHERE invoice_no = ?",
                    r -> r.getLong(1), invoice[0]).orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void invalidInputsAnswerPrecise4xx(TestDatabases.Kind kind) {
        try (ConnectorsFixture central = new ConnectorsFixture(kind)) {
            assertError(query(central, "GG00031001", "620102195803150035", Map.of()), 400, "INVALID_ID_NUMBER");
            assertError(query(central, "GG00031001", "11010519491231002X", Map.of()), 404, "CITIZEN_NOT_FOUND");
            assertError(query(central, "GG00031001", WANG_XIAOMING, Map.of()), 404, "CITIZEN_NOT_FOUND");
            assertError(query(central, "GG00031001", null, Map.of()), 400, "MISSING_ID_NUMBER");
            assertError(query(central, "XX99999999", ZHANG_SAN, Map.of()), 404, "ITEM_NOT_FOUND");
            assertError(query(central, "QT00012001", ZHANG_SAN, Map.of()), 400, "ITEM_NOT_HANDLED");
            assertError(query(central, "GG00035001", ZHANG_SAN, Map.of()), 400, "ITEM_NOT_HANDLED");
            assertError(query(central, "GG00021001", ZHANG_SAN, Map.of("fromYear", "1999")), 400, "INVALID_PARAMETER");
            assertError(query(central, "GG00021001", ZHANG_SAN, Map.of("toYear", "abc")), 400, "INVALID_PARAMETER");
            assertError(query(central, "GG00023001", null, Map.of("invoiceNumber", "123")), 400, "MISSING_PARAMETER");
            assertError(query(central, "GG00034001", ZHANG_SAN, Map.of()), 409, "NOT_A_RESIDENT_CONTRIBUTOR");
            assertError(query(central, "JF00033001", LI_XIUYING, Map.of()), 409, "NOT_A_PENSIONER");
            String url = central.url(ConnectorsModule.QUERIES);
            // unreadable bodies are answered by the platform's global mapping, naming the place or the field
            assertError(KioskHttp.post(url, "{not json"), 400, "MALFORMED_JSON", "at line 1, column 2");
            assertError(KioskHttp.post(url, ""), 400, "MALFORMED_JSON", "empty");
            assertError(KioskHttp.post(url, "null"), 400, "INVALID_FIELD", "JSON literal null");
            assertError(KioskHttp.post(url, "{\"idNumber\":\"" + ZHANG_SAN + "\"}"), 400, "INVALID_FIELD",
                    "QueryRequest.itemCode");
            assertError(KioskHttp.post(url, "{\"itemCode\":[1,2]}"), 400, "INVALID_FIELD", "'itemCode'");
            assertError(KioskHttp.post(url, "{\"itemCode\":\"GG00031001\",\"params\":{\"a\":null}}"), 400,
                    "INVALID_FIELD", "params");
        }
    }

    static Reply query(ConnectorsFixture central, String item, String id, Map<String, String> params) {
        return KioskHttp.post(central.url(ConnectorsModule.QUERIES), new QueryRequest(item, id, params));
    }

    /** As {@link #assertError(Reply, int, String)}, and the detail names {@code named} (the field, the place). */
    static void assertError(Reply reply, int status, String code, String named) {
        assertError(reply, status, code);
        assertTrue(reply.body().path("detail").asText().contains(named), () -> "detail should name '" + named
                + "': " + reply);
    }

    static void assertError(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals(code, reply.code(), reply::toString);
        // application/problem+json (RFC 9457): the technician's explanation is the 'detail' member
        assertTrue(reply.body().path("detail").asText().length() > 10, reply::toString);
    }

    /** The value of the first field with that label in any section. */
    static String field(Reply reply, String label) {
        for (JsonNode section : reply.body().path("sections")) {
            for (JsonNode field : section.path("fields")) {
                if (field.path("label").asText().equals(label)) {
                    return field.path("value").asText();
                }
            }
        }
        throw new AssertionError("no field '" + label + "' in " + reply);
    }

    static JsonNode table(Reply reply, String heading) {
        for (JsonNode section : reply.body().path("sections")) {
            if (section.path("heading").asText().equals(heading)) {
                return section.path("table").path("rows");
            }
        }
        throw new AssertionError("no section '" + heading + "' in " + reply);
    }
}
