package org.budayang.central.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/v1/payments/bills}: amounts computed from the sandbox departments' real state. */
class BillsHttpTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String ZHUOMA = "623001198807110026";

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aTrafficFineIsTheFinePlusThreePercentADayCappedAtTheFine(TestDatabases.Kind kind) {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            // one overdue by a few days (surcharge below the cap) and one overdue for long (capped)
            List<String> unpaid = central.ids("SELECT decision_no FROM sb_ps_traffic_violation WHERE paid = FALSE "
                    + "ORDER BY occurred_at DESC");
            int checked = 0;
            boolean capped = false;
            boolean partial = false;
            for (String decision : unpaid) {
                String id = central.text("SELECT id_number FROM sb_ps_traffic_violation WHERE decision_no = ?",
                        decision).orElseThrow();
                long fine = central.count("SELECT fine_fen FROM sb_ps_traffic_violation WHERE decision_no = ?",
                        decision);
                LocalDateTime at = central.jdbc.one("SELECT occurred_at FROM sb_ps_traffic_violation WHERE "
                        + "decision_no = ?", r -> r.getObject(1, LocalDateTime.class), decision).orElseThrow();
                long days = Math.max(0, ChronoUnit.DAYS.between(at.toLocalDate().plusDays(15), TODAY));
                long surcharge = Math.min(fine, fine * 3 * days / 100);
                if (surcharge == fine ? capped : surcharge > 0 ? partial : checked > 0) {
                    continue;
                }
                PaymentsFixture.Reply bill = central.bill("GG00014001", id, central.name(id),
                        Map.of("decisionNo", decision));
                assertEquals(201, bill.status(), bill.toString());
                assertEquals(fine + surcharge, bill.body().path("amountFen").asLong(), bill.toString());
                assertEquals("罚款本金", bill.body().path("lines").get(0).path("label").asText());
                assertEquals(surcharge > 0 ? 2 : 1, bill.body().path("lines").size(), bill.toString());
                assertEquals("兰州市公安局交通警察支队城关大队", bill.at("payee"));
                assertTrue(bill.at("subject").contains(decision), bill.toString());
                capped |= surcharge == fine;
                partial |= surcharge > 0 && surcharge < fine;
                checked++;
                if (checked >= 3 || capped && partial) {
                    break;
                }
            }
            assertTrue(capped, "a capped surcharge was checked");

            PaymentsFixture.Reply paid = central.bill("GG00014001", ZHUOMA, "卓玛", Map.of("decisionNo",
                    central.text("SELECT decision_no FROM sb_ps_traffic_violation WHERE id_number = ? AND paid = TRUE",
                            ZHUOMA).orElseThrow()));
            assertEquals(409, paid.status(), paid.toString());
            assertEquals("FINE_ALREADY_PAID", paid.code());
            PaymentsFixture.Reply other = central.bill("GG00014001", ZHUOMA, "卓玛", Map.of("decisionNo",
                    unpaid.get(0)));
            assertEquals("VIOLATION_NOT_FOUND", other.code(), "someone else's decision: " + other);
            assertEquals("DECISION_NO_INVALID", central.bill("GG00014001", ZHUOMA, "卓玛", Map.of()).code());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void feesBelongToTheItemAndPayersAreChecked(TestDatabases.Kind kind) {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            PaymentsFixture.Reply card = central.bill("620102-GA01-GG00015001", ZHUOMA, "卓玛", Map.of());
            assertEquals(201, card.status(), card.toString());
            assertEquals(2000, card.body().path("amountFen").asLong());
            assertEquals("居民身份证补领工本费", card.at("subject"));

            PaymentsFixture.Reply none = central.bill("GG00031001", ZHUOMA, "卓玛", Map.of());
            assertEquals(422, none.status());
            assertEquals("ITEM_HAS_NO_FEE", none.code());
            assertTrue(none.body().path("detail").asText().contains("620102-SB01-GG00031001"), none.toString());
            assertEquals("该事项无需缴费。", none.at("citizenMessage"));

            assertEquals("PAYER_NAME_MISMATCH", central.bill("GG00015001", ZHUOMA, "张三", Map.of()).code());
            assertEquals("INVALID_ID_NUMBER", central.bill("GG00015001", "623001198807110027", "卓玛", Map.of()).code());
            assertEquals("ITEM_NOT_FOUND", central.bill("XX99999999", ZHUOMA, "卓玛", Map.of()).code());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void insuranceContributionsFollowTheRecords(TestDatabases.Kind kind) {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            // 卓玛 paid 2026 already (demo story): both insurances refuse this year
            PaymentsFixture.Reply pension = central.bill("GG00034001", ZHUOMA, "卓玛", Map.of("grade", "500"));
            assertEquals("CONTRIBUTION_ALREADY_PAID", pension.code(), pension.toString());
            assertEquals("2026年度养老保险费已缴纳，无需重复缴费。", pension.at("citizenMessage"));
            assertEquals("CONTRIBUTION_ALREADY_PAID", central.bill("GG00043001", ZHUOMA, "卓玛",
                    Map.of("year", "2026")).code());
            PaymentsFixture.Reply next = central.bill("GG00043001", ZHUOMA, "卓玛", Map.of("year", "2027"));
            assertEquals(201, next.status(), next.toString());
            assertEquals(42000, next.body().path("amountFen").asLong());
            assertEquals("CONTRIBUTION_YEAR_INVALID", central.bill("GG00043001", ZHUOMA, "卓玛",
                    Map.of("year", "2020")).code());
            PaymentsFixture.Reply grade = central.bill("GG00034001", ZHUOMA, "卓玛", Map.of("grade", "250"));
            assertEquals("PENSION_GRADE_UNKNOWN", grade.code());
            assertTrue(grade.body().path("detail").asText().contains("6000"), grade.toString());
            // an employee (李秀英) cannot pay the resident pension here
            assertEquals("NOT_RESIDENT_INSURED", central.bill("GG00034001", "620103196512080049", "李秀英",
                    Map.of("grade", "300")).code());

            // a resident still paying without a 2026 contribution, paid for by a member of the household
            List<String> due = central.ids("SELECT i.id_number FROM sb_ss_insured i JOIN sb_ps_person p ON "
                    + "p.id_number = i.id_number WHERE i.insurance_type = 'RESIDENT' AND i.insured_status = 'PAYING' "
                    + "AND NOT EXISTS (SELECT 1 FROM sb_ss_contribution c WHERE c.id_number = i.id_number AND "
                    + "c.contribution_year = 2026) AND EXISTS (SELECT 1 FROM sb_ps_person o WHERE o.household_no = "
                    + "p.household_no AND o.id_number <> p.id_number) ORDER BY i.id_number");
            String member = due.get(0);
            String payer = central.text("SELECT o.id_number FROM sb_ps_person o JOIN sb_ps_person p ON "
                    + "o.household_no = p.household_no WHERE p.id_number = ? AND o.id_number <> p.id_number "
                    + "ORDER BY o.id_number", member).orElseThrow();
            PaymentsFixture.Reply family = central.bill("GG00034001", payer, central.name(payer),
                    Map.of("grade", "300", "payFor", member));
            assertEquals(201, family.status(), family.toString());
            assertEquals(30000, family.body().path("amountFen").asLong());
            assertTrue(family.at("subject").contains("为家庭成员缴纳"), family.toString());
            PaymentsFixture.Reply stranger = central.bill("GG00034001", ZHUOMA, "卓玛",
                    Map.of("grade", "300", "payFor", member));
            assertEquals(422, stranger.status());
            assertEquals("PAY_FOR_NOT_FAMILY", stranger.code());
        }
    }
}
