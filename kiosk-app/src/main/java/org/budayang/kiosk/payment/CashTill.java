package org.budayang.kiosk.payment;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.budayang.driver.Health;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.kiosk.service.ServiceFailure;

/**
 * The kiosk's cash acceptor as the payment step uses it: whether it can take notes now, and a {@link CashRun} per cash
 * payment. The acceptor's credit journal must be the {@link PaymentLedger} (the wiring sets it, after the payment
 * recovery), so every credit is journalled before the screen hears of it; without one the acceptor refuses to take
 * notes ({@code NO_JOURNAL}).
 */
public final class CashTill {
    /** How long {@link CashRun#stop} waits for a note already past escrow to be credited. */
    public static final Duration SETTLE = Duration.ofSeconds(3);
    private final Supplier<Optional<CashAcceptor>> acceptor;
    private final PaymentLedger ledger;

    /**
     * @param acceptor the acceptor of role cashAcceptor when one is configured and open (the device board's)
     */
    public CashTill(Supplier<Optional<CashAcceptor>> acceptor, PaymentLedger ledger) {
        this.acceptor = java.util.Objects.requireNonNull(acceptor, "CashTill.acceptor is required");
        this.ledger = java.util.Objects.requireNonNull(ledger, "CashTill.ledger is required");
    }

    /** A till without an acceptor (kiosks with no cash module). */
    public static CashTill none(PaymentLedger ledger) {
        return new CashTill(Optional::empty, ledger);
    }

    /** Why cash cannot be taken now, in Chinese for the screen; empty when the acceptor is ONLINE. */
    public Optional<String> unavailableReason() {
        Optional<CashAcceptor> a = acceptor.get();
        if (a.isEmpty()) {
            return Optional.of("本机未配备现金收款设备");
        }
        if (ledger.attached().isPresent()) {
            return Optional.of("现金收款设备正在核对，请稍候");
        }
        Health health = a.get().status().health();
        return switch (health) {
            case ONLINE -> Optional.empty();
            case BUSY -> Optional.of("现金收款设备正忙，请稍候");
            default -> Optional.of("现金收款设备暂不可用");
        };
    }

    /** Starts taking notes for {@code payment} (ledger attached first, so its credits are journalled to it). */
    public CashRun start(Payment payment, Consumer<CashRun.Progress> progress) throws ServiceFailure {
        CashAcceptor a = acceptor.get().orElseThrow(() -> new ServiceFailure(PaymentDesk.PAYMENT_UNAVAILABLE,
                "no cash acceptor is configured (role cashAcceptor)", "本机未配备现金收款设备", false));
        return CashRun.start(a, ledger, payment, progress);
    }
}
