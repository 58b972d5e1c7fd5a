package org.budayang.driver.pcscsscard;

import java.util.Objects;
import java.util.Set;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverProvider;
import org.budayang.driver.sscard.SocialSecurityCardReader;

/**
 * The {@code pcsc-sscard} driver's provider. Settings: {@code reader} (a substring of the PC/SC reader name;
 * default the first reader), {@code pollInterval} (card watcher, default 250ms), {@code readAttempts} (1–5,
 * default 2).
 */
public final class PcscSocialSecurityCardReaderProvider implements DriverProvider {
    private final TerminalSource source;

    /** The provider {@link java.util.ServiceLoader} finds: the system PC/SC service. */
    public PcscSocialSecurityCardReaderProvider() {
        this(new PcscTerminals());
    }

    public PcscSocialSecurityCardReaderProvider(TerminalSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public String name() {
        return PcscSocialSecurityCardReader.DRIVER_NAME;
    }

    @Override
    public Class<? extends Device> deviceType() {
        return SocialSecurityCardReader.class;
    }

    @Override
    public Set<String> settingKeys() {
        return PcscSettings.KEYS;
    }

    @Override
    public String description() {
        return "social security card (社会保障卡) basics EF05/EF06 in any PC/SC reader, through pcscd";
    }

    @Override
    public Device create(DriverContext context) {
        return new PcscSocialSecurityCardReader(context.role(), PcscSettings.from(context.settings()), source,
                context.clock());
    }
}
