package org.budayang.central.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.api.payments.PaymentState;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;

/** Money that arrives after an order ended is refunded, never kept; the state machine refuses every other move. */
class LateMoneyHttpTest {
    @Test
    void notesReportedAfterACancelOrAnExpiryBecomeAVoucher() {
        try (PaymentsFixture central = new PaymentsFixture(TestDatabases.Kind.H2)) {
            PaymentsFixture.Reply bill = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply order = central.order(bill.at("billId"), 2000, "CASH");
            String orderNo = order.at("orderNo");
            assertEquals("CANCELLED", central.post(PaymentPaths.cancel(orderNo), Map.of("paymentId",
                    order.at("paymentId"), "reason", "ACCEPTOR_JAM")).at("state"));
            // the jammed note was credited after all, and the kiosk reports it after its restart
            PaymentsFixture.Reply late = central.post(PaymentPaths.cash(orderNo), CashPaymentHttpTest.report(
                    order.at("paymentId"), List.of(1000L), true));
            assertEquals("REFUND_PENDING", late.at("state"), late.toString());
            assertEquals(1000, late.body().path("refund").path("amountFen").asLong());
            // one more note turns up in the journal: the unsettled voucher grows with it
            PaymentsFixture.Reply more = central.post(PaymentPaths.cash(orderNo), CashPaymentHttpTest.report(
                    order.at("paymentId"), List.of(1000L, 500L), true));
            assertEquals(1500, more.body().path("refund").path("amountFen").asLong(), more.toString());
            assertEquals(late.body().path("refund").path("code"), more.body().path("refund").path("code"));

            PaymentsFixture.Reply bill2 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply idle = central.order(bill2.at("billId"), 2000, "CASH");
            central.advance(Duration.ofMinutes(31));
            assertEquals("EXPIRED", central.get(PaymentPaths.order(idle.at("orderNo"))).at("state"));
            PaymentsFixture.Reply afterExpiry = central.post(PaymentPaths.cash(idle.at("orderNo")),
                    CashPaymentHttpTest.report(idle.at("paymentId"), List.of(2000L), true));
            assertEquals("REFUND_PENDING", afterExpiry.at("state"), "EXPIRED → REFUND_PENDING: " + afterExpiry);
            assertEquals(2000, afterExpiry.body().path("refund").path("amountFen").asLong());
            assertTrue(afterExpiry.body().path("applicationId").isNull(), "never delivered after its end");
        }
    }

    @Test
    void theStateMachineNamesStateAndOperationWhenItRefuses() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OrderTransitions.require(
                "PO2026030200000001", PaymentState.FULFILLED, PaymentState.REFUND_PENDING, "cancel"));
        assertEquals("Order PO2026030200000001 in state FULFILLED refuses cancel (to REFUND_PENDING); allowed from "
                + "FULFILLED: []", refused.getMessage());
        for (PaymentState from : PaymentState.values()) {
            for (PaymentState to : PaymentState.values()) {
                boolean allowed = OrderTransitions.allowed(from, to);
                if (from == PaymentState.FULFILLED || from == PaymentState.REFUNDED) {
                    assertEquals(false, allowed, from + " is an end");
                }
                if (to == PaymentState.FULFILLED) {
                    assertEquals(from == PaymentState.PAID, allowed, "only a paid order is delivered, not " + from);
                }
                if (to == PaymentState.REFUNDED) {
                    assertEquals(from == PaymentState.REFUND_PENDING, allowed, "refunded only through a refund");
                }
            }
        }
    }
}
