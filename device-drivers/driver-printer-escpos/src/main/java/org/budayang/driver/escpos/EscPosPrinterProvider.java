package org.budayang.driver.escpos;

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
import org.budayang.driver.printer.ReceiptPrinter;

/**
 * The {@code escpos} driver's provider. Settings: the link keys ({@code link=serial} with {@code port} and
 * {@code baud}, {@code link=tcp} with {@code host} and {@code tcpPort} (9100 on most printers), or
 * {@code link=file} with {@code port=/dev/usb/lp0} for a USB printer-class device), and {@code columns} (32 | 48,
 * default 48), {@code encoding} (GB18030 | GBK | UTF-8, default GB18030), {@code statusTimeout} (default 1s),
 * {@code printPoll} (default 500ms), {@code jobMemory} (default 200).
 */
public final class EscPosPrinterProvider implements DriverProvider {
    private final Function<DriverSettings, LinkOpener> links;
    private final Set<String> linkKeys;

    /** The provider {@link java.util.ServiceLoader} finds: links opened by {@link Links#opener}. */
    public EscPosPrinterProvider() {
        this(Links::opener, Links.SETTING_KEYS);
    }

    /**
     * @param links    builds the link opener from the role's settings (validating the link keys)
     * @param linkKeys the setting keys {@code links} reads
     */
    public EscPosPrinterProvider(Function<DriverSettings, LinkOpener> links, Set<String> linkKeys) {
        this.links = Objects.requireNonNull(links, "links");
        this.linkKeys = Set.copyOf(linkKeys);
    }

    @Override
    public String name() {
        return EscPosPrinter.DRIVER_NAME;
    }

    @Override
    public Class<? extends Device> deviceType() {
        return ReceiptPrinter.class;
    }

    @Override
    public Set<String> settingKeys() {
        Set<String> keys = new TreeSet<>(linkKeys);
        keys.addAll(EscPosSettings.KEYS);
        return keys;
    }

    @Override
    public String description() {
        return "ESC/POS receipt printer (GB18030/GBK/UTF-8 text, QR, barcodes, cut) over serial, a USB printer"
                + " device file or TCP 9100";
    }

    @Override
    public Device create(DriverContext context) {
        EscPosSettings settings = EscPosSettings.from(context.settings(), linkKeys);
        LinkOpener opener = links.apply(context.settings());
        return new EscPosPrinter(context.role(), settings, opener, context.clock());
    }
}
