package org.budayang.central.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.budayang.api.catalog.Department;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.central.connectors.sandbox.SandboxBehaviour;
import org.budayang.central.connectors.sandbox.SandboxMode;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.payments.ops.PaymentsOps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Cash orders: reports that only grow, paid in full → delivered, cancel/failure → a 退款凭证 ops settle. */
class CashPaymentHttpTest {
    static Map<String, Object> report(String paymentId, List<Long> notes, boolean complete) {
        return Map.of("paymentId", paymentId, "notesFen", notes, "complete", complete);
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void notesUpToTheAmountPayAndTheContributionIsRecorded(TestDatabases.Kind kind) {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            String member = PaymentsFixture.claim(kind, central.ids("SELECT i.id_number FROM sb_ss_insured i WHERE "
                    + "i.insurance_type = 'RESIDENT' AND i.insured_status = 'PAYING' AND NOT EXISTS (SELECT 1 FROM "
                    + "sb_ss_contribution c WHERE c.id_number = i.id_number AND c.contribution_year = 2026) "
                    + "ORDER BY i.id_number DESC"));
            PaymentsFixture.Reply bill = central.bill("GG00034001", member, central.name(member), Map.of("grade", "200"));
            assertEquals(201, bill.status(), bill.toString());
            PaymentsFixture.Reply order = central.order(bill.at("billId"), 20000, "CASH");
            assertEquals(201, order.status(), order.toString());
            assertTrue(order.body().path("qrPayload").isNull());
            assertEquals("请投入纸币，本机不找零。", order.at("message"));
            String orderNo = order.at("orderNo");
            String paymentId = order.at("paymentId");

            PaymentsFixture.Reply first = central.post(PaymentPaths.cash(orderNo), report(paymentId,
                    List.of(10000L), false));
            assertEquals(200, first.status(), first.toString());
            assertEquals(10000, first.body().path("paidFen").asLong());
            assertEquals("CREATED", first.at("state"));
            PaymentsFixture.Reply repeat = central.post(PaymentPaths.cash(orderNo), report(paymentId,
                    List.of(10000L), false));
            assertEquals(10000, repeat.body().path("paidFen").asLong(), "a repeat is ignored");
            PaymentsFixture.Reply conflict = central.post(PaymentPaths.cash(orderNo), report(paymentId,
                    List.of(5000L, 5000L), false));
            assertEquals(409, conflict.status());
            assertEquals("CASH_REPORT_CONFLICT", conflict.code());
            assertEquals("PAYMENT_ID_MISMATCH", central.post(PaymentPaths.cash(orderNo), report("another-payment",
                    List.of(10000L), false)).code());

            PaymentsFixture.Reply paid = central.post(PaymentPaths.cash(orderNo), report(paymentId,
                    List.of(10000L, 5000L, 5000L), true));
            assertEquals("FULFILLED", paid.at("state"), paid.toString());
            assertEquals(20000, paid.body().path("paidFen").asLong());
            assertTrue(paid.at("applicationId").matches("\\d{20}"), paid.toString());
            PaymentsFixture.Reply stale = central.post(PaymentPaths.cash(orderNo), report(paymentId,
                    List.of(10000L), false));
            assertEquals("FULFILLED", stale.at("state"), "an older report after a crash changes nothing");
            assertEquals(20000, stale.body().path("paidFen").asLong());
            assertEquals(20000, central.count("SELECT personal_fen FROM sb_ss_contribution WHERE id_number = ? AND "
                    + "contribution_year = 2026", member));
            assertEquals("CONTRIBUTION_ALREADY_PAID", central.bill("GG00034001", member, central.name(member),
                    Map.of("grade", "200")).code());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void cancelledCashBecomesAVoucherOpsPayOutOnce(TestDatabases.Kind kind) {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            PaymentsFixture.Reply bill = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply order = central.order(bill.at("billId"), 2000, "CASH");
            String orderNo = order.at("orderNo");
            central.post(PaymentPaths.cash(orderNo), report(order.at("paymentId"), List.of(1000L), true));
            PaymentsFixture.Reply cancelled = central.post(PaymentPaths.cancel(orderNo), Map.of("paymentId",
                    order.at("paymentId"), "reason", "CITIZEN_CANCELLED"));
            assertEquals("REFUND_PENDING", cancelled.at("state"), cancelled.toString());
            String code = cancelled.body().path("refund").path("code").asText();
            assertTrue(code.matches("TK20260302\\d{6}"), cancelled.toString());
            assertEquals(1000, cancelled.body().path("refund").path("amountFen").asLong());
            assertFalse(cancelled.body().path("refund").path("settled").asBoolean());
            String voucher = cancelled.body().path("refund").path("qrPayload").asText();
            assertEquals(central.url() + "/refund/" + code, voucher);
            PaymentsFixture.Reply page = PaymentsFixture.page(voucher);
            assertEquals(200, page.status());
            assertTrue(page.text().contains("待领取") && page.text().contains("10.00 元"), page.text());
            PaymentsFixture.Reply again = central.post(PaymentPaths.cancel(orderNo), Map.of("paymentId",
                    order.at("paymentId"), "reason", "CITIZEN_CANCELLED"));
            assertEquals(cancelled.body().path("refund"), again.body().path("refund"), "cancel is idempotent");

            PaymentsFixture.Reply open = central.ops("GET", PaymentsOps.REFUNDS + "?method=CASH", null);
            assertEquals(200, open.status(), open.toString());
            assertTrue(open.text().contains(code), open.toString());
            PaymentsFixture.Reply settled = central.ops("POST", PaymentsOps.SETTLE.replace("{code}", code), "{}");
            assertEquals(200, settled.status(), settled.toString());
            assertEquals("ops:li.ming", settled.at("settledBy"));
            PaymentsFixture.Reply twice = central.ops("POST", PaymentsOps.SETTLE.replace("{code}", code), "{}");
            assertEquals(409, twice.status());
            assertEquals("REFUND_ALREADY_SETTLED", twice.code());
            assertEquals(1, central.count("SELECT COUNT(*) FROM pay_audit WHERE subject = ? AND ops_user = 'li.ming' "
                    + "AND action = 'REFUND_SETTLED'", code));
            assertEquals("REFUNDED", central.get(PaymentPaths.order(orderNo)).at("state"));
            assertTrue(PaymentsFixture.page(voucher).text().contains("已退款"));
            assertFalse(central.ops("GET", PaymentsOps.REFUNDS, null).text().contains(code));
            assertEquals(401, PaymentsFixture.reply(org.budayang.central.Http.get(central.url()
                    + PaymentsOps.REFUNDS)).status(), "ops routes need the ops token");

            // nothing credited: a plain cancel
            PaymentsFixture.Reply bill2 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply empty = central.order(bill2.at("billId"), 2000, "CASH");
            assertEquals("CANCELLED", central.post(PaymentPaths.cancel(empty.at("orderNo")), Map.of("paymentId",
                    empty.at("paymentId"), "reason", "TIMEOUT")).at("state"));
            // notes left in an order nobody finished: the expiry issues the voucher
            PaymentsFixture.Reply bill3 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply left = central.order(bill3.at("billId"), 2000, "CASH");
            central.post(PaymentPaths.cash(left.at("orderNo")), report(left.at("paymentId"), List.of(500L), false));
            central.advance(Duration.ofMinutes(31));
            // the shared database may hold other tests' open orders that expire with it: at least this one moved
            assertTrue(central.payments.jobs().runOnce() >= 1);
            PaymentsFixture.Reply expired = central.get(PaymentPaths.order(left.at("orderNo")));
            assertEquals("REFUND_PENDING", expired.at("state"));
            assertEquals(500, expired.body().path("refund").path("amountFen").asLong());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aDepartmentFailureAfterCashIsRefundedWithAVoucher(TestDatabases.Kind kind) {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            String[] fine = QrPaymentHttpTest.unpaidFine(central, kind);
            PaymentsFixture.Reply bill = QrPaymentHttpTest.fineBill(central, fine);
            long amount = bill.body().path("amountFen").asLong();
            PaymentsFixture.Reply order = central.order(bill.at("billId"), amount, "CASH");
            central.sandbox.gate(Department.PUBLIC_SECURITY).set(new SandboxBehaviour(SandboxMode.FAILING, 0, 1.0));
            try {
                PaymentsFixture.Reply paid = central.post(PaymentPaths.cash(order.at("orderNo")),
                        report(order.at("paymentId"), List.of(amount), true));
                assertEquals("REFUND_PENDING", paid.at("state"), paid.toString());
                assertEquals(amount, paid.body().path("refund").path("amountFen").asLong());
                assertTrue(paid.body().path("applicationId").isNull());
                assertEquals("业务未能办理成功，请保管好退款凭证，到服务大厅窗口领取退款。", paid.at("message"));
            } finally {
                central.sandbox.gate(Department.PUBLIC_SECURITY).set(SandboxBehaviour.NORMAL);
            }
            assertEquals(0, central.count("SELECT COUNT(*) FROM sb_ps_traffic_violation WHERE decision_no = ? AND "
                    + "paid = TRUE", fine[0]));
        }
    }
}
