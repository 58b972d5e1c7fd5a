package org.budayang.driver.idcardsam;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.idcard.IdCardReader;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;

/**
 * The {@code idcard-sam} driver's provider. Settings: the link keys (serial port and baud, or TCP host
 * and port) and {@code pollInterval} (default 1s), {@code commandTimeout} (default 5s),
 * {@code readAttempts} (default 3), {@code fingerprint} (true|false, default false).
 */
public final class SamIdCardReaderProvider implements DriverProvider {
    private final Function<DriverSettings, LinkOpener> links;
    private final Set<String> linkKeys;

    /** The provider {@link java.util.ServiceLoader} finds: links opened by {@link Links#opener}. */
    public SamIdCardReaderProvider() {
        this(Links::opener, Links.SETTING_KEYS);
    }

    /**
     * @param links    builds the link opener from the role's settings (validating the link keys)
     * @param linkKeys the setting keys {@code links} reads
     */
    public SamIdCardReaderProvider(Function<DriverSettings, LinkOpener> links, Set<String> linkKeys) {
        this.links = Objects.requireNonNull(links, "links");
        this.linkKeys = Set.copyOf(linkKeys);
    }

    @Override
    public String name() {
        return SamIdCardReader.DRIVER_NAME;
    }

    @Override
    public Class<? extends Device> deviceType() {
        return IdCardReader.class;
    }

    @Override
    public Set<String> settingKeys() {
        Set<String> keys = new TreeSet<>(linkKeys);
        keys.addAll(SamSettings.KEYS);
        return keys;
    }

    @Override
    public String description() {
        return "resident ID card reader with a SAM module (GA 467 family serial protocol), over serial or TCP";
    }

    @Override
    public Device create(DriverContext context) {
        SamSettings settings = SamSettings.from(context.settings(), linkKeys);
        LinkOpener opener = links.apply(context.settings());
        return new SamIdCardReader(context.role(), settings, opener, context.clock());
    }
}
