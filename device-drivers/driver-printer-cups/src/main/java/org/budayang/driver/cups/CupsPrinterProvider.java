package org.budayang.driver.cups;

import java.util.Set;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.printer.DocumentPrinter;

/**
 * The {@code cups} driver's provider. Settings ({@link CupsSettings}): {@code uri}, or {@code host} / {@code port}
 * / {@code queue}; {@code user}, {@code pollInterval}, {@code connectTimeout}, {@code cancelTimeout},
 * {@code jobMemory}.
 */
public final class CupsPrinterProvider implements DriverProvider {

    @Override
    public String name() {
        return CupsDocumentPrinter.DRIVER_NAME;
    }

    @Override
    public Class<? extends Device> deviceType() {
        return DocumentPrinter.class;
    }

    @Override
    public Set<String> settingKeys() {
        return CupsSettings.KEYS;
    }

    @Override
    public String description() {
        return "A4 document printer behind a CUPS queue (IPP/1.1 over HTTP to cupsd; PDF, A4, copies, duplex)";
    }

    @Override
    public Device create(DriverContext context) {
        return new CupsDocumentPrinter(context.role(), CupsSettings.from(context.settings()), context.clock());
    }
}
