package org.budayang.central.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budayang.api.catalog.Department;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.central.connectors.sandbox.SandboxBehaviour;
import org.budayang.central.connectors.sandbox.SandboxMode;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.payments.sandbox.SandboxPayMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** QR orders end to end: kiosk over mutual TLS, the phone page over HTTP, the provider's signed notification. */
class QrPaymentHttpTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"");

    /** An unpaid fine of a citizen no other test uses: {decisionNo, idNumber}. */
    static String[] unpaidFine(PaymentsFixture central, TestDatabases.Kind kind) {
        String id = PaymentsFixture.claim(kind, central.ids("SELECT DISTINCT id_number FROM sb_ps_traffic_violation "
                + "WHERE paid = FALSE ORDER BY id_number"));
        String decision = central.text("SELECT decision_no FROM sb_ps_traffic_violation WHERE id_number = ? AND "
                + "paid = FALSE ORDER BY decision_no", id).orElseThrow();
        return new String[] {decision, id};
    }

    static PaymentsFixture.Reply fineBill(PaymentsFixture central, String[] fine) {
        PaymentsFixture.Reply bill = central.bill("GG00014001", fine[1], central.name(fine[1]),
                Map.of("decisionNo", fine[0]));
        assertEquals(201, bill.status(), bill.toString());
        return bill;
    }

    static String csrf(PaymentsFixture.Reply page) {
        Matcher m = CSRF.matcher(page.text());
        assertTrue(m.find(), "the phone page has a form with a CSRF token: " + page);
        return m.group(1);
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void thePhonePaysOnceAndTheFineIsMarkedPaid(TestDatabases.Kind kind) {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            String[] fine = unpaidFine(central, kind);
            PaymentsFixture.Reply bill = fineBill(central, fine);
            long amount = bill.body().path("amountFen").asLong();
            String paymentId = java.util.UUID.randomUUID().toString();

            PaymentsFixture.Reply wrong = central.order(paymentId, bill.at("billId"), amount + 1, "QR");
            assertEquals(422, wrong.status());
            assertEquals("PAYMENT_AMOUNT_MISMATCH", wrong.code());
            assertEquals("缴费金额与应缴金额不一致，请重新查询应缴金额。", wrong.at("citizenMessage"));

            PaymentsFixture.Reply order = central.order(paymentId, bill.at("billId"), amount, "QR");
            assertEquals(201, order.status(), order.toString());
            assertEquals("CREATED", order.at("state"));
            assertEquals(TestCatalogsNow.PLUS_5_MIN, order.at("expiresAt"));
            String orderNo = order.at("orderNo");
            assertTrue(orderNo.matches("PO20260302\\d{8}"), orderNo);
            PaymentsFixture.Reply again = central.order(paymentId, bill.at("billId"), amount, "QR");
            assertEquals(200, again.status(), "a repeated paymentId answers the same order");
            assertEquals(order.body(), again.body());
            assertEquals("PAYMENT_ID_REUSED", central.order(paymentId, bill.at("billId"), amount, "CASH").code());
            assertEquals(404, central.getAsOther(PaymentPaths.order(orderNo)).status(), "another kiosk's order");
            assertEquals("BILL_HAS_OPEN_ORDER", central.order(bill.at("billId"), amount, "CASH").code());

            String qr = order.at("qrPayload");
            assertTrue(qr.startsWith(central.url() + "/pay/"), qr);
            PaymentsFixture.Reply phone = PaymentsFixture.page(qr);
            assertEquals(200, phone.status());
            assertTrue(phone.text().contains("兰州市公安局交通警察支队城关大队"), phone.text());
            assertTrue(phone.text().contains(PaymentPages.yuan(amount)), phone.text());
            assertTrue(phone.text().contains("确认支付"));
            String token = csrf(phone);

            PaymentsFixture.Reply forged = PaymentsFixture.form(qr, "csrf=" + "0".repeat(64));
            assertEquals(403, forged.status(), "a POST without the page's token is refused");
            PaymentsFixture.Reply crossSite = PaymentsFixture.form(qr, "csrf=" + token, "Origin",
                    "https://evil.example.com");
            assertEquals(403, crossSite.status(), "a POST from another origin is refused");
            assertEquals("CREATED", central.get(PaymentPaths.order(orderNo)).at("state"));

            PaymentsFixture.Reply paid = PaymentsFixture.form(qr, "csrf=" + token, "Origin", central.url());
            assertEquals(200, paid.status(), paid.toString());
            assertTrue(paid.text().contains("支付成功"));
            PaymentsFixture.Reply twice = PaymentsFixture.form(qr, "csrf=" + token);
            assertEquals(409, twice.status());
            assertTrue(twice.text().contains("该订单已支付"), twice.text());

            // the notification reaches central on its own: the department books it without any kiosk call
            PaymentsFixture.await(() -> central.count("SELECT COUNT(*) FROM pay_order WHERE order_no = ? AND state = "
                    + "'FULFILLED'", orderNo) == 1, "the notification to fulfil " + orderNo);
            PaymentsFixture.Reply done = central.get(PaymentPaths.order(orderNo));
            assertEquals("FULFILLED", done.at("state"), done.toString());
            assertEquals(amount, done.body().path("paidFen").asLong());
            assertTrue(done.at("applicationId").matches("62010220260302\\d{6}"), done.toString());
            assertTrue(done.body().path("refund").isNull());
            assertEquals("缴费成功，请取走缴费凭条。", done.at("message"));
            assertEquals(1, central.count("SELECT COUNT(*) FROM sb_ps_traffic_violation WHERE decision_no = ? AND "
                    + "paid = TRUE", fine[0]));
            assertEquals(1, central.count("SELECT COUNT(*) FROM pay_sb_department_posting WHERE order_no = ?",
                    orderNo));
            assertEquals("BILL_ALREADY_PAID", central.order(bill.at("billId"), amount, "CASH").code());
            PaymentsFixture.Reply cancel = central.post(PaymentPaths.cancel(orderNo), Map.of("paymentId", paymentId,
                    "reason", "CITIZEN_CANCELLED"));
            assertEquals("FULFILLED", cancel.at("state"), "a cancel of a delivered order changes nothing: "
                    + cancel);
            assertEquals("FULFILLED", central.get(PaymentPaths.order(orderNo)).at("state"));
            assertEquals("FINE_ALREADY_PAID", central.bill("GG00014001", fine[1], central.name(fine[1]),
                    Map.of("decisionNo", fine[0])).code());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void twoConfirmsAtOnceMakeOnePayment(TestDatabases.Kind kind) throws Exception {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            PaymentsFixture.Reply bill = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply order = central.order(bill.at("billId"), 2000, "QR");
            String qr = order.at("qrPayload");
            String token = csrf(PaymentsFixture.page(qr));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Integer> statuses = new ArrayList<>();
            try {
                List<Callable<PaymentsFixture.Reply>> calls = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    calls.add(() -> PaymentsFixture.form(qr, "csrf=" + token));
                }
                for (Future<PaymentsFixture.Reply> f : pool.invokeAll(calls)) {
                    statuses.add(f.get().status());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            // the kiosk polls at the same time as the notification arrives: still one delivery
            PaymentsFixture.Reply done = central.awaitState(order.at("orderNo"), "FULFILLED");
            assertEquals(1, central.count("SELECT COUNT(*) FROM pay_sb_department_posting WHERE order_no = ?",
                    order.at("orderNo")));
            assertEquals(2000, done.body().path("paidFen").asLong());
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aDepartmentFailureRefundsThroughTheProvider(TestDatabases.Kind kind) {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            String[] fine = unpaidFine(central, kind);
            PaymentsFixture.Reply bill = fineBill(central, fine);
            long amount = bill.body().path("amountFen").asLong();
            PaymentsFixture.Reply order = central.order(bill.at("billId"), amount, "QR");
            central.sandbox.gate(Department.PUBLIC_SECURITY).set(new SandboxBehaviour(SandboxMode.UNAVAILABLE, 0, 0));
            try {
                assertEquals(200, PaymentsFixture.form(order.at("qrPayload"),
                        "csrf=" + csrf(PaymentsFixture.page(order.at("qrPayload")))).status());
                PaymentsFixture.Reply refunded = central.awaitState(order.at("orderNo"), "REFUNDED");
                assertNotNull(refunded.body().path("refund").path("code").asText(null), refunded.toString());
                assertTrue(refunded.body().path("refund").path("code").asText().matches("TK20260302\\d{6}"));
                assertEquals(amount, refunded.body().path("refund").path("amountFen").asLong());
                assertTrue(refunded.body().path("refund").path("settled").asBoolean());
                assertTrue(refunded.body().path("applicationId").isNull(), "refunded, so never delivered");
                assertEquals("REFUNDED", central.text("SELECT state FROM pay_sb_order WHERE order_no = ?",
                        order.at("orderNo")).orElseThrow());
                assertEquals(0, central.count("SELECT COUNT(*) FROM sb_ps_traffic_violation WHERE decision_no = ? AND "
                        + "paid = TRUE", fine[0]), "the fine is still unpaid");
                assertTrue(PaymentsFixture.page(order.at("qrPayload")).text().contains("该订单已退款"));
            } finally {
                central.sandbox.gate(Department.PUBLIC_SECURITY).set(SandboxBehaviour.NORMAL);
            }
        }
    }

    @Test
    void withoutNotificationsTheKioskPollFindsThePaymentAndExpiryClosesUnpaidOrders() {
        TestDatabases.Kind kind = TestDatabases.Kind.H2;
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            central.provider.notifications(false);
            PaymentsFixture.Reply bill = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply order = central.order(bill.at("billId"), 2000, "QR");
            assertEquals(200, PaymentsFixture.form(order.at("qrPayload"),
                    "csrf=" + csrf(PaymentsFixture.page(order.at("qrPayload")))).status());
            PaymentsFixture.sleep(300);
            assertEquals(0, central.count("SELECT COUNT(*) FROM pay_notification WHERE order_no = ?",
                    order.at("orderNo")));
            assertEquals("FULFILLED", central.get(PaymentPaths.order(order.at("orderNo"))).at("state"),
                    "the kiosk's poll asks the provider");

            PaymentsFixture.Reply bill2 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply unpaid = central.order(bill2.at("billId"), 2000, "QR");
            String page = unpaid.at("qrPayload");
            String token = csrf(PaymentsFixture.page(page));
            central.advance(Duration.ofMinutes(5).plusSeconds(1));
            PaymentsFixture.Reply expired = central.get(PaymentPaths.order(unpaid.at("orderNo")));
            assertEquals("EXPIRED", expired.at("state"), expired.toString());
            assertEquals("订单已超时关闭，未扣款。如需缴费请重新办理。", expired.at("message"));
            PaymentsFixture.Reply late = PaymentsFixture.form(page, "csrf=" + token);
            assertEquals(409, late.status());
            assertTrue(late.text().contains("已关闭"), late.text());
            // an expired order leaves the bill free for a new order (a new bill: this one's half hour is running)
            PaymentsFixture.Reply bill3 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            assertEquals(201, central.order(bill3.at("billId"), 2000, "QR").status());
            central.advance(Duration.ofMinutes(31));
            assertEquals("BILL_EXPIRED", central.order(bill3.at("billId"), 2000, "CASH").code());
        }
    }

    @Test
    void aQrOrderCancelledAfterThePhonePaidIsRefundedAndAFailingProviderIsSaidSo() {
        try (PaymentsFixture central = new PaymentsFixture(TestDatabases.Kind.H2)) {
            central.provider.notifications(false);
            PaymentsFixture.Reply bill = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply order = central.order(bill.at("billId"), 2000, "QR");
            PaymentsFixture.form(order.at("qrPayload"), "csrf=" + csrf(PaymentsFixture.page(order.at("qrPayload"))));
            PaymentsFixture.Reply cancelled = central.post(PaymentPaths.cancel(order.at("orderNo")),
                    Map.of("paymentId", order.at("paymentId"), "reason", "CITIZEN_CANCELLED"));
            assertEquals(200, cancelled.status(), cancelled.toString());
            assertEquals("REFUNDED", cancelled.at("state"), "paid on the phone, cancelled at the kiosk: refunded");
            assertEquals(0, central.count("SELECT COUNT(*) FROM pay_sb_department_posting WHERE order_no = ?",
                    order.at("orderNo")), "never both");

            PaymentsFixture.Reply bill2 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply open = central.order(bill2.at("billId"), 2000, "QR");
            PaymentsFixture.Reply plain = central.post(PaymentPaths.cancel(open.at("orderNo")),
                    Map.of("paymentId", open.at("paymentId"), "reason", "TIMEOUT"));
            assertEquals("CANCELLED", plain.at("state"));
            PaymentsFixture.Reply closedPage = PaymentsFixture.page(open.at("qrPayload"));
            assertTrue(closedPage.text().contains("该订单已关闭") && !closedPage.text().contains("确认支付"),
                    "a cancelled order can no longer be paid on the phone: " + closedPage);

            central.provider.behave(SandboxPayMode.FAILING, 0);
            PaymentsFixture.Reply bill3 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply refused = central.order(bill3.at("billId"), 2000, "QR");
            assertEquals(502, refused.status());
            assertEquals("PAYMENT_PROVIDER_UNAVAILABLE", refused.code());
            assertEquals("扫码支付暂时不可用，请稍后再试或改用现金缴费。", refused.at("citizenMessage"));
            central.provider.behave(SandboxPayMode.NORMAL, 0);
            assertFalse(central.order(bill3.at("billId"), 2000, "CASH").at("orderNo").isEmpty());
        }
    }
}
