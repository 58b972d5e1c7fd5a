package org.budayang.central.payments;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.budayang.central.connectors.CatalogItems;
import org.budayang.central.connectors.Connectors;
import org.budayang.central.connectors.sandbox.SandboxProvider;
import org.budayang.central.payments.bills.BillRepository;
import org.budayang.central.payments.bills.BillService;
import org.budayang.central.payments.ops.PaymentsOps;
import org.budayang.central.payments.ops.Reconciler;
import org.budayang.central.payments.sandbox.SandboxDepartmentPosting;
import org.budayang.central.payments.sandbox.SandboxPaymentProvider;

/**
 * The payments feature wired by hand: bills, orders, the sandbox provider and department posting, refunds, jobs,
 * ops. The module's {@link PaymentsModule#serving(String)} must be called once central listens (the default public
 * base URL, and where the sandbox provider sends its notifications); close the module when central stops.
 */
public final class Payments {
    private Payments() {
    }

    /** Payments over the sandbox provider and the sandbox departments. */
    public static PaymentsModule sandbox(PaymentSettings settings, DataSource dataSource, CatalogItems items,
                                         Connectors connectors, SandboxProvider sandbox, Clock clock) {
        AtomicReference<String> listening = new AtomicReference<>();
        Supplier<String> base = () -> settings.publicBaseUrl().orElseGet(() -> {
            String url = listening.get();
            if (url == null) {
                throw new IllegalStateException("Payments: central's URL is not known yet (serving not called) and "
                        + "payments.publicBaseUrl is not configured");
            }
            return url;
        });
        byte[] secret = settings.sandboxSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
        SandboxPaymentProvider provider = new SandboxPaymentProvider(dataSource, clock, secret, base);
        OrderRepository orderRepository = new OrderRepository(dataSource);
        BillRepository billRepository = new BillRepository(dataSource);
        Refunds refunds = new Refunds(dataSource, base);
        Settlement settlement = new Settlement(dataSource, orderRepository, billRepository, refunds,
                new SandboxDepartmentPosting(dataSource, sandbox, clock), provider, clock);
        PaymentOrders orders = new PaymentOrders(dataSource, orderRepository, billRepository, refunds, settlement,
                provider, settings, clock);
        BillService bills = new BillService(items, connectors, BillService.standardRules(connectors), billRepository,
                clock);
        Reconciler reconciler = new Reconciler(dataSource, provider, clock);
        PaymentsOps ops = new PaymentsOps(reconciler, refunds, (refund, user) -> settlement.settled(refund,
                "ops:" + user), dataSource, clock);
        PaymentJobs jobs = new PaymentJobs(orders, orderRepository, settlement, refunds, reconciler, clock);
        return new PaymentsModule(bills, orders, refunds, provider, ops, jobs, url -> {
            listening.set(url);
            provider.serving(url);
        }, dataSource, clock);
    }
}
