package org.budayang.central.payments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.central.db.TestDatabases;

/**
 * Benchmark of payments (not a test): central with the sandbox connectors and payments over H2 or embedded
 * PostgreSQL, kiosk calls over mutual TLS, the phone page over HTTP. Per QR payment: bill, order (create), phone page
 * GET + 确认支付 POST (paid), the kiosk polling GET every 5 ms until FULFILLED (the provider's notification or the
 * poll delivers it); per cash payment: order, one complete cash report (answered FULFILLED). Prints p50 / p95 / max
 * of create→paid and create→fulfilled.
 *
 * <p>{@code bench/payments.sh [H2|POSTGRESQL] [COUNT=200]}
 */
public final class PaymentsBench {
    private PaymentsBench() {
    }

    public static void main(String[] args) {
        TestDatabases.Kind kind = TestDatabases.Kind.valueOf(args.length > 0 ? args[0] : "H2");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (PaymentsFixture central = new PaymentsFixture(kind)) {
            run(central, Math.max(10, count / 5), false);
            List<long[]> qr = run(central, count, true);
            List<long[]> cash = run(central, count, false);
            print("QR   create→paid (phone POST answered)", qr, 0);
            print("QR   create→FULFILLED (seen by the kiosk's poll)", qr, 1);
            print("cash create→FULFILLED (complete cash report answered)", cash, 1);
            System.out.printf("orders FULFILLED: %d (%s)%n", central.count("SELECT COUNT(*) FROM pay_order WHERE "
                    + "state = 'FULFILLED'"), kind);
        }
    }

    private static List<long[]> run(PaymentsFixture central, int count, boolean qr) {
        List<long[]> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PaymentsFixture.Reply bill = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            long start = System.nanoTime();
            PaymentsFixture.Reply order = central.order(bill.at("billId"), 2000, qr ? "QR" : "CASH");
            String orderNo = order.at("orderNo");
            long paid;
            if (qr) {
                String page = order.at("qrPayload");
                PaymentsFixture.Reply confirmed = PaymentsFixture.form(page, "csrf="
                        + QrPaymentHttpTest.csrf(PaymentsFixture.page(page)));
                check(confirmed.status() == 200, confirmed);
                paid = System.nanoTime();
                while (!central.get(PaymentPaths.order(orderNo)).at("state").equals("FULFILLED")) {
                    PaymentsFixture.sleep(5);
                }
            } else {
                PaymentsFixture.Reply done = central.post(PaymentPaths.cash(orderNo), Map.of("paymentId",
                        order.at("paymentId"), "notesFen", List.of(1000L, 1000L), "complete", true));
                check(done.at("state").equals("FULFILLED"), done);
                paid = System.nanoTime();
            }
            times.add(new long[] {(paid - start) / 1000, (System.nanoTime() - start) / 1000});
        }
        return times;
    }

    private static void check(boolean ok, PaymentsFixture.Reply reply) {
        if (!ok) {
            throw new IllegalStateException("Unexpected answer: " + reply);
        }
    }

    private static void print(String what, List<long[]> times, int column) {
        List<Long> micros = new ArrayList<>();
        times.forEach(t -> micros.add(t[column]));
        Collections.sort(micros);
        System.out.printf("%-55s n=%d  p50 %.1f ms  p95 %.1f ms  max %.1f ms%n", what, micros.size(),
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0);
    }
}
