package org.budayang.driver.cashssp;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.cash.CashAcceptor;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;

/**
 * The {@code cash-ssp} driver's provider. Settings: the link keys (serial port and baud, or TCP host and port) and
 * {@code pollInterval} (200ms), {@code replyTimeout} (1s), {@code resends} (20), {@code sspAddress} (0),
 * {@code protocolVersion} (6), {@code currency} (CNY).
 */
public final class SspCashAcceptorProvider implements DriverProvider {
    private final Function<DriverSettings, LinkOpener> links;
    private final Set<String> linkKeys;

    /** The provider {@link java.util.ServiceLoader} finds: links opened by {@link Links#opener}. */
    public SspCashAcceptorProvider() {
        this(Links::opener, Links.SETTING_KEYS);
    }

    public SspCashAcceptorProvider(Function<DriverSettings, LinkOpener> links, Set<String> linkKeys) {
        this.links = Objects.requireNonNull(links, "links");
        this.linkKeys = Set.copyOf(linkKeys);
    }

    @Override
    public String name() {
        return SspCashAcceptor.DRIVER_NAME;
    }

    @Override
    public Class<? extends Device> deviceType() {
        return CashAcceptor.class;
    }

    @Override
    public Set<String> settingKeys() {
        Set<String> keys = new TreeSet<>(linkKeys);
        keys.addAll(SspSettings.KEYS);
        return keys;
    }

    @Override
    public String description() {
        return "banknote acceptor speaking ITL SSP (NV9/NV10/NV200 family, 人民币 1-100 元), over serial or TCP";
    }

    @Override
    public Device create(DriverContext context) {
        SspSettings settings = SspSettings.from(context.settings(), linkKeys);
        LinkOpener opener = links.apply(context.settings());
        return new SspCashAcceptor(context.role(), settings, opener, context.clock());
    }
}
