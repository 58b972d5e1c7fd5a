package org.budayang.central.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.budayang.api.catalog.Department;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.central.connectors.sandbox.SandboxBehaviour;
import org.budayang.central.connectors.sandbox.SandboxMode;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.payments.sandbox.SandboxPayMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the jobs finish: a delivery a crash interrupted, a QR refund the provider refused at first. */
class PaymentJobsTest {
    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void anInterruptedDeliveryIsFinishedAndARefusedRefundIsRetried(TestDatabases.Kind kind) {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            // a crash between PAID and the department: the order stays PAID with money taken
            PaymentsFixture.Reply bill = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply order = central.order(bill.at("billId"), 2000, "CASH");
            String orderNo = order.at("orderNo");
            OrderRepository orders = new OrderRepository(central.database.dataSource());
            assertTrue(orders.markPaid(orderNo, 2000, central.clock.instant()));
            assertFalse(orders.markPaid(orderNo, 2000, central.clock.instant()), "CREATED → PAID happens once");
            PaymentsFixture.Reply busy = central.post(PaymentPaths.cancel(orderNo), Map.of("paymentId",
                    order.at("paymentId"), "reason", "CITIZEN_CANCELLED"));
            assertEquals("ORDER_BEING_DELIVERED", busy.code());
            central.payments.jobs().runOnce();
            assertEquals("PAID", central.get(PaymentPaths.order(orderNo)).at("state"), "not before a minute");
            central.advance(Duration.ofMinutes(2));
            central.payments.jobs().runOnce();
            PaymentsFixture.Reply done = central.get(PaymentPaths.order(orderNo));
            assertEquals("FULFILLED", done.at("state"), done.toString());
            assertEquals(1, central.count("SELECT COUNT(*) FROM pay_sb_department_posting WHERE order_no = ?",
                    orderNo));

            // department down and provider refusing refunds: the QR order waits in REFUND_PENDING, then is refunded
            PaymentsFixture.Reply bill2 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply qr = central.order(bill2.at("billId"), 2000, "QR");
            central.provider.notifications(false);
            PaymentsFixture.form(qr.at("qrPayload"), "csrf=" + QrPaymentHttpTest.csrf(PaymentsFixture.page(
                    qr.at("qrPayload"))));
            central.sandbox.gate(Department.PUBLIC_SECURITY).set(new SandboxBehaviour(SandboxMode.UNAVAILABLE, 0, 0));
            try {
                // the kiosk's poll finds the payment; delivery fails; the provider refunds at once
                central.get(PaymentPaths.order(qr.at("orderNo")));
            } finally {
                central.sandbox.gate(Department.PUBLIC_SECURITY).set(SandboxBehaviour.NORMAL);
            }
            PaymentsFixture.Reply refunded = central.get(PaymentPaths.order(qr.at("orderNo")));
            assertEquals("REFUNDED", refunded.at("state"), "the provider took the refund at once: " + refunded);

            PaymentsFixture.Reply bill3 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply qr3 = central.order(bill3.at("billId"), 2000, "QR");
            PaymentsFixture.form(qr3.at("qrPayload"), "csrf=" + QrPaymentHttpTest.csrf(PaymentsFixture.page(
                    qr3.at("qrPayload"))));
            central.sandbox.gate(Department.PUBLIC_SECURITY).set(new SandboxBehaviour(SandboxMode.UNAVAILABLE, 0, 0));
            OrderRow row = orders.find(qr3.at("orderNo")).orElseThrow();
            try {
                central.payments.orders().providerPaid(row.orderNo(), 2000, central.clock.instant());
            } finally {
                central.sandbox.gate(Department.PUBLIC_SECURITY).set(SandboxBehaviour.NORMAL);
            }
            assertEquals("REFUNDED", central.get(PaymentPaths.order(qr3.at("orderNo"))).at("state"));

            PaymentsFixture.Reply bill4 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply qr4 = central.order(bill4.at("billId"), 2000, "QR");
            PaymentsFixture.form(qr4.at("qrPayload"), "csrf=" + QrPaymentHttpTest.csrf(PaymentsFixture.page(
                    qr4.at("qrPayload"))));
            central.sandbox.gate(Department.PUBLIC_SECURITY).set(new SandboxBehaviour(SandboxMode.UNAVAILABLE, 0, 0));
            try {
                // paid at the provider; it then fails every call (the refund included)
                OrderRow four = orders.find(qr4.at("orderNo")).orElseThrow();
                central.provider.behave(SandboxPayMode.FAILING, 0);
                central.payments.orders().providerPaid(four.orderNo(), 2000, central.clock.instant());
            } finally {
                central.sandbox.gate(Department.PUBLIC_SECURITY).set(SandboxBehaviour.NORMAL);
            }
            PaymentsFixture.Reply pending = central.get(PaymentPaths.order(qr4.at("orderNo")));
            assertEquals("REFUND_PENDING", pending.at("state"), pending.toString());
            assertFalse(pending.body().path("refund").path("settled").asBoolean());
            assertEquals(1, central.count("SELECT attempts FROM pay_refund WHERE order_no = ?", qr4.at("orderNo")));
            central.provider.behave(SandboxPayMode.NORMAL, 0);
            central.payments.jobs().runOnce();
            PaymentsFixture.Reply retried = central.get(PaymentPaths.order(qr4.at("orderNo")));
            assertEquals("REFUNDED", retried.at("state"), retried.toString());
            assertTrue(retried.body().path("refund").path("settled").asBoolean());
        }
    }
}
