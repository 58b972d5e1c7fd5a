package org.budayang.central.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests racing for one bill or one paymentId: one order, one payment. */
class OrderRacesHttpTest {
    private static List<PaymentsFixture.Reply> race(int n, Callable<PaymentsFixture.Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<PaymentsFixture.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                calls.add(call);
            }
            List<PaymentsFixture.Reply> replies = new ArrayList<>();
            for (Future<PaymentsFixture.Reply> f : pool.invokeAll(calls)) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void oneBillOneLiveOrderAndOnePaymentIdOneOrder(TestDatabases.Kind kind) throws Exception {
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            PaymentsFixture.Reply bill = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            List<PaymentsFixture.Reply> replies = race(4, () -> central.order(bill.at("billId"), 2000, "QR"));
            assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
            assertEquals(3, replies.stream().filter(r -> r.code().equals("BILL_HAS_OPEN_ORDER")).count(),
                    replies.toString());
            assertEquals(1, central.count("SELECT COUNT(*) FROM pay_order WHERE bill_id = ?", bill.at("billId")));

            PaymentsFixture.Reply bill2 = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            String paymentId = UUID.randomUUID().toString();
            List<PaymentsFixture.Reply> same = race(4, () -> central.order(paymentId, bill2.at("billId"), 2000,
                    "CASH"));
            assertEquals(1, same.stream().filter(r -> r.status() == 201).count(), same.toString());
            assertEquals(3, same.stream().filter(r -> r.status() == 200).count(), same.toString());
            assertEquals(1, same.stream().map(r -> r.at("orderNo")).distinct().count());

            // the cancelled order frees its bill for another way of paying
            PaymentsFixture.Reply open = same.get(0);
            central.post(PaymentPaths.cancel(open.at("orderNo")), Map.of("paymentId", paymentId, "reason",
                    "CITIZEN_CANCELLED"));
            assertEquals(201, central.order(bill2.at("billId"), 2000, "QR").status());
        }
    }
}
