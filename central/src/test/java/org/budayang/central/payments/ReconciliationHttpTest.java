package org.budayang.central.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.central.TestKiosks;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.payments.ops.PaymentsOps;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code GET /api/v1/ops/payments/reconciliation}: a day of its own (2026-03-12) so that other tests add nothing. */
class ReconciliationHttpTest {
    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void cashAgainstTheCountAndQrAgainstTheProvider(TestDatabases.Kind kind) {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            central.advance(Duration.ofDays(10));
            // kiosk 1: a cash order paid (20元) and one cancelled with 10元 in the box
            PaymentsFixture.Reply cash = central.order(central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛",
                    Map.of()).at("billId"), 2000, "CASH");
            central.post(PaymentPaths.cash(cash.at("orderNo")), CashPaymentHttpTest.report(cash.at("paymentId"),
                    List.of(1000L, 1000L), true));
            PaymentsFixture.Reply part = central.order(central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛",
                    Map.of()).at("billId"), 2000, "CASH");
            central.post(PaymentPaths.cash(part.at("orderNo")), CashPaymentHttpTest.report(part.at("paymentId"),
                    List.of(1000L), true));
            central.post(PaymentPaths.cancel(part.at("orderNo")), Map.of("paymentId", part.at("paymentId"),
                    "reason", "CITIZEN_CANCELLED"));
            // kiosk 1: a QR order fulfilled; kiosk 2: a QR order paid on the phone that central has not heard of
            PaymentsFixture.Reply qr = central.order(central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛",
                    Map.of()).at("billId"), 2000, "QR");
            PaymentsFixture.form(qr.at("qrPayload"), "csrf=" + QrPaymentHttpTest.csrf(PaymentsFixture.page(
                    qr.at("qrPayload"))));
            central.awaitState(qr.at("orderNo"), "FULFILLED");
            central.provider.notifications(false);
            PaymentsFixture.Reply otherBill = PaymentsFixture.reply(org.budayang.central.Http.sendBody("POST",
                    central.url() + PaymentPaths.BILLS, "{\"itemCode\":\"GG00015001\",\"payerIdNumber\":\""
                            + BillsHttpTest.ZHUOMA + "\",\"payerName\":\"卓玛\",\"params\":{}}",
                    TestKiosks.otherWithKey(UUID.randomUUID().toString())));
            PaymentsFixture.Reply silent = central.post(PaymentPaths.ORDERS, Map.of("paymentId",
                    UUID.randomUUID().toString(), "billId", otherBill.at("billId"), "amountFen", 2000, "method", "QR"),
                    UUID.randomUUID().toString(), true);
            assertEquals(201, silent.status(), silent.toString());
            PaymentsFixture.form(silent.at("qrPayload"), "csrf=" + QrPaymentHttpTest.csrf(PaymentsFixture.page(
                    silent.at("qrPayload"))));

            PaymentsFixture.Reply day = central.ops("GET", PaymentsOps.RECONCILIATION + "?date=2026-03-12", null);
            assertEquals(200, day.status(), day.toString());
            assertFalse(day.body().path("balanced").asBoolean());
            JsonNode first = kiosk(day.body(), TestKiosks.KIOSK);
            assertEquals(2, first.path("cashOrders").asInt());
            assertEquals(3000, first.path("cashExpectedFen").asLong(), "20元 paid + 10元 taken before the cancel");
            assertEquals("NOT_REPORTED", first.path("cashStatus").asText());
            assertEquals(1, first.path("qrOrders").asInt());
            assertEquals(2000, first.path("qrPaidFen").asLong());
            JsonNode difference = day.body().path("differences").get(0);
            assertEquals(1, day.body().path("differences").size(), day.toString());
            assertEquals("PAID_AT_PROVIDER_ONLY", difference.path("problem").asText());
            assertEquals(silent.at("orderNo"), difference.path("orderNo").asText());
            assertEquals(TestKiosks.OTHER_KIOSK, difference.path("kioskId").asText());

            PaymentsFixture.Reply counted = central.ops("POST", PaymentsOps.CASH_COUNTS, Map.of("kioskId",
                    TestKiosks.KIOSK, "date", "2026-03-12", "countedFen", 2000));
            assertEquals(201, counted.status(), counted.toString());
            PaymentsFixture.Reply short10 = central.ops("GET", PaymentsOps.RECONCILIATION + "?date=2026-03-12", null);
            JsonNode box = kiosk(short10.body(), TestKiosks.KIOSK);
            assertEquals("DIFFERENT", box.path("cashStatus").asText());
            assertEquals(-1000, box.path("cashDifferenceFen").asLong());
            assertTrue(short10.text().contains("CASH_DIFFERS"));
            central.ops("POST", PaymentsOps.CASH_COUNTS, Map.of("kioskId", TestKiosks.KIOSK, "date", "2026-03-12",
                    "countedFen", 3000));
            // the kiosk polls: central learns of the payment, and the day balances
            central.getAsOther(PaymentPaths.order(silent.at("orderNo")));
            PaymentsFixture.Reply balanced = central.ops("GET", PaymentsOps.RECONCILIATION + "?date=2026-03-12", null);
            assertTrue(balanced.body().path("balanced").asBoolean(), balanced.toString());
            assertEquals("MATCHED", kiosk(balanced.body(), TestKiosks.KIOSK).path("cashStatus").asText());
            assertEquals(2, central.count("SELECT COUNT(*) FROM pay_audit WHERE action = 'CASH_COUNTED' AND subject = ?",
                    TestKiosks.KIOSK));
            assertEquals("INVALID_PARAMETER", central.ops("GET", PaymentsOps.RECONCILIATION + "?date=12.3.2026",
                    null).code());
        }
    }

    private static JsonNode kiosk(JsonNode day, String kioskId) {
        for (JsonNode k : day.path("kiosks")) {
            if (k.path("kioskId").asText().equals(kioskId)) {
                return k;
            }
        }
        throw new AssertionError("kiosk " + kioskId + " not in " + day);
    }
}
