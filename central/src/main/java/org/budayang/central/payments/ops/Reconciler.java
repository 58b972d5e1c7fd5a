package org.budayang.central.payments.ops;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentState;
import org.budayang.central.db.Jdbc;
import org.budayang.central.payments.OrderRepository;
import org.budayang.central.payments.OrderRow;
import org.budayang.central.payments.bills.BillService;
import org.budayang.central.payments.provider.PaymentProvider;
import org.budayang.central.payments.provider.ProviderStatus;

/** Builds a day's {@link Reconciliation} from pay_order, pay_cash_report, pay_cash_count and the provider. */
public final class Reconciler {
    private final Jdbc jdbc;
    private final PaymentProvider provider;
    private final Clock clock;

    public Reconciler(DataSource dataSource, PaymentProvider provider, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.provider = provider;
        this.clock = clock;
    }

    public Reconciliation day(LocalDate day) {
        Instant from = day.atStartOfDay(BillService.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(BillService.ZONE).toInstant();
        List<OrderRow> orders = jdbc.list("SELECT * FROM pay_order WHERE created_at >= ? AND created_at < ? "
                + "ORDER BY kiosk_id, order_no", Reconciler::order, from, to);
        Map<String, Long> credited = new HashMap<>();
        jdbc.list("SELECT c.order_no, c.credited_fen FROM pay_cash_report c JOIN pay_order o ON o.order_no = c.order_no "
                        + "WHERE o.created_at >= ? AND o.created_at < ?", r -> Map.entry(r.getString(1), r.getLong(2)),
                from, to).forEach(e -> credited.put(e.getKey(), e.getValue()));
        Map<String, Long> counts = new HashMap<>();
        jdbc.list("SELECT kiosk_id, counted_fen FROM pay_cash_count WHERE count_day = ?",
                r -> Map.entry(r.getString(1), r.getLong(2)), day).forEach(e -> counts.put(e.getKey(), e.getValue()));
        Map<String, ProviderStatus> atProvider = new TreeMap<>();
        for (ProviderStatus s : provider.records(day)) {
            atProvider.put(s.orderNo(), s);
        }
        Map<String, long[]> perKiosk = new TreeMap<>(); // cashOrders, cashFen, qrOrders, qrPaid, qrRefunded
        counts.keySet().forEach(k -> perKiosk.computeIfAbsent(k, x -> new long[5]));
        List<Reconciliation.Difference> differences = new ArrayList<>();
        for (OrderRow o : orders) {
            long[] sums = perKiosk.computeIfAbsent(o.kioskId(), k -> new long[5]);
            if (o.method() == PaymentMethod.CASH) {
                sums[0]++;
                sums[1] += credited.getOrDefault(o.orderNo(), 0L);
                continue;
            }
            sums[2]++;
            boolean money = o.state() == PaymentState.PAID || o.state() == PaymentState.FULFILLED
                    || o.state() == PaymentState.REFUND_PENDING || o.state() == PaymentState.REFUNDED;
            if (money) {
                sums[3] += o.paidFen();
            }
            if (o.state() == PaymentState.REFUNDED) {
                sums[4] += o.paidFen();
            }
            ProviderStatus p = atProvider.remove(o.orderNo());
            compare(o, money, Optional.ofNullable(p)).ifPresent(differences::add);
        }
        for (ProviderStatus orphan : atProvider.values()) {
            if (orphan.moneyTaken()) {
                differences.add(new Reconciliation.Difference(null, orphan.orderNo(), "UNKNOWN_TO_CENTRAL",
                        "no order", describe(orphan)));
            }
        }
        List<Reconciliation.KioskDay> kiosks = new ArrayList<>();
        perKiosk.forEach((kiosk, s) -> {
            Long reported = counts.get(kiosk);
            String status = reported == null ? "NOT_REPORTED" : reported == s[1] ? "MATCHED" : "DIFFERENT";
            long difference = reported == null ? 0 : reported - s[1];
            if ("DIFFERENT".equals(status)) {
                differences.add(new Reconciliation.Difference(kiosk, null, "CASH_DIFFERS", "expected " + s[1]
                        + " fen", "counted " + reported + " fen"));
            }
            kiosks.add(new Reconciliation.KioskDay(kiosk, (int) s[0], s[1], reported, status, difference, (int) s[2],
                    s[3], s[4]));
        });
        return new Reconciliation(day, clock.instant(), provider.name(), kiosks, differences, differences.isEmpty());
    }

    private static Optional<Reconciliation.Difference> compare(OrderRow o, boolean money,
                                                               Optional<ProviderStatus> found) {
        String central = o.state() + " " + o.paidFen() + " fen";
        if (found.isEmpty()) {
            return Optional.of(new Reconciliation.Difference(o.kioskId(), o.orderNo(), "UNKNOWN_TO_PROVIDER", central,
                    "no order"));
        }
        ProviderStatus p = found.get();
        String problem = null;
        if (p.moneyTaken() && !money) {
            problem = "PAID_AT_PROVIDER_ONLY";
        } else if (money && !p.moneyTaken()) {
            problem = "PAID_AT_CENTRAL_ONLY";
        } else if (money && p.paidFen() != o.paidFen()) {
            problem = "AMOUNT_DIFFERS";
        } else if (o.state() == PaymentState.REFUNDED && p.state() != ProviderStatus.State.REFUNDED) {
            problem = "REFUND_NOT_AT_PROVIDER";
        } else if (p.state() == ProviderStatus.State.REFUNDED && o.state() == PaymentState.FULFILLED) {
            problem = "REFUNDED_BUT_DELIVERED";
        }
        return Optional.ofNullable(problem).map(x -> new Reconciliation.Difference(o.kioskId(), o.orderNo(), x,
                central, describe(p)));
    }

    private static String describe(ProviderStatus p) {
        return p.state() + " " + p.paidFen() + " fen";
    }

    private static OrderRow order(java.sql.ResultSet r) throws java.sql.SQLException {
        return OrderRepository.row(r);
    }
}
