package org.budayang.driver.pcscsscard;

import java.time.Duration;
import java.util.Map;
import org.budayang.driver.Device;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.sscard.SocialSecurityCardReader;
import org.budayang.driver.testkit.DeviceContract;
import org.budayang.driver.testkit.ServiceHarness;

/**
 * The pcsc-sscard driver, built by its provider over the system PC/SC service, against the {@link VirtualCard}
 * in vpcd's reader of a real pcscd, for the {@link DeviceContract}. There is no byte link
 * ({@link #hostOpener()} is null); the faults are real at the service and the card:
 * <ul>
 *   <li>{@link #unplug()} stops pcscd (SIGTERM): every PC/SC call fails with SCARD_E_NO_SERVICE;
 *       {@link #replug()} starts it again and the virtual card reconnects to the new vpcd;</li>
 *   <li>{@link #silent(boolean)} freezes pcscd (SIGSTOP) and thaws it (SIGCONT): PC/SC calls block;</li>
 *   <li>{@link #slow(Duration)} makes the card wait before answering the SSSE selection of each read;</li>
 *   <li>{@link #garbage(byte[])} makes the card answer the next READ RECORD with those bytes and 9000 (a corrupt
 *       record, which the driver reads again).</li>
 * </ul>
 */
final class PcscHarness extends ServiceHarness {
    private final Pcscd pcscd;
    private final VirtualCard card;

    PcscHarness() {
        super("socialCardReader");
        pcscd = Pcscd.ensure();
        pcscd.requireOurs();
        card = VirtualCard.of(CardImage.lanzhou());
        pcscd.awaitCard();
    }

    @Override
    public Device createDevice(LinkOpener opener) {
        return new PcscSocialSecurityCardReaderProvider().create(context(Map.of("reader", Pcscd.READER,
                "pollInterval", "100ms")));
    }

    @Override
    public String operationName() {
        return "readCard";
    }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        return ((SocialSecurityCardReader) device).readCard(deadline, cancel);
    }

    @Override
    public void unplug() {
        pcscd.stop();
    }

    @Override
    public void replug() {
        pcscd.start();
    }

    @Override
    public void garbage(byte[] bytes) {
        card.garbage(bytes);
    }

    @Override
    public void silent(boolean silent) {
        if (silent) {
            pcscd.freeze();
        } else {
            pcscd.thaw();
        }
    }

    @Override
    public void slow(Duration delay) {
        card.slow(delay);
    }

    @Override
    public void close() {
        try {
            pcscd.thaw();
            card.close();
        } finally {
            pcscd.start();
            pcscd.awaitNoCard();
        }
    }
}
