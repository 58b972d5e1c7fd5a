package org.budayang.central.fleet.selftest;

import java.util.Map;
import java.util.Set;
import org.budayang.central.fleet.telemetry.SettingsReader;

/**
 * Configuration keys {@code selftests.*}: {@code keepPerKiosk} — the self-test reports central keeps per kiosk, the
 * newest by the time they ran (default 20, 1..1000); storing one more deletes the oldest in the same transaction.
 */
public record SelftestSettings(int keepPerKiosk) {
    public static final SelftestSettings DEFAULTS = new SelftestSettings(20);
    public static final int MAX_KEEP = 1000;

    public SelftestSettings {
        if (keepPerKiosk < 1 || keepPerKiosk > MAX_KEEP) {
            throw new IllegalArgumentException("SelftestSettings.keepPerKiosk: " + keepPerKiosk + " is out of range; "
                    + "accepted 1.." + MAX_KEEP);
        }
    }

    public static SelftestSettings from(Map<String, String> section) {
        SettingsReader keys = new SettingsReader("selftests", section, Set.of("keepPerKiosk"));
        return new SelftestSettings((int) keys.number("keepPerKiosk", DEFAULTS.keepPerKiosk, 1, MAX_KEEP));
    }
}
