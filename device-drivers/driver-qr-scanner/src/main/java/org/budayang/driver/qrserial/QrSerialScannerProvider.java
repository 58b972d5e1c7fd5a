package org.budayang.driver.qrserial;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.link.Links;
import org.budayang.driver.scanner.CodeScanner;

/**
 * The {@code qr-serial} driver's provider. Settings: the link keys (serial port and baud, or TCP host and port),
 * {@code terminator} (cr|lf|crlf|tab, default cr), {@code encoding} (UTF-8|GB18030|GBK, default UTF-8),
 * {@code max-length} (bytes, default 2048), {@code line-timeout} (default 300ms), {@code probe}
 * (newland|honeywell|none, default newland), {@code probe-timeout} (default 1s).
 */
public final class QrSerialScannerProvider implements DriverProvider {
    private final Function<DriverSettings, LinkOpener> links;
    private final Set<String> linkKeys;

    /** The provider {@link java.util.ServiceLoader} finds: links opened by {@link Links#opener}. */
    public QrSerialScannerProvider() {
        this(Links::opener, Links.SETTING_KEYS);
    }

    /**
     * @param links    builds the link opener from the role's settings (validating the link keys)
     * @param linkKeys the setting keys {@code links} reads
     */
    public QrSerialScannerProvider(Function<DriverSettings, LinkOpener> links, Set<String> linkKeys) {
        this.links = Objects.requireNonNull(links, "links");
        this.linkKeys = Set.copyOf(linkKeys);
    }

    @Override
    public String name() {
        return QrSerialScanner.DRIVER_NAME;
    }

    @Override
    public Class<? extends Device> deviceType() {
        return CodeScanner.class;
    }

    @Override
    public Set<String> settingKeys() {
        Set<String> keys = new TreeSet<>(linkKeys);
        keys.addAll(QrSerialSettings.KEYS);
        return keys;
    }

    @Override
    public String description() {
        return "QR / barcode scanner sending each code as a line (Newland / Honeywell serial probe), over serial or TCP";
    }

    @Override
    public Device create(DriverContext context) {
        QrSerialSettings settings = QrSerialSettings.from(context.settings(), linkKeys);
        LinkOpener opener = links.apply(context.settings());
        return new QrSerialScanner(context.role(), settings, opener, context.clock());
    }
}
