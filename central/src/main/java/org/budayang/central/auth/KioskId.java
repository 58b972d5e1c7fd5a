package org.budayang.central.auth;

import java.util.regex.Pattern;

/**
 * Kiosk ids: {@code KSK-<region code>-<4-digit number>}; enrolled kiosks carry the 12-digit 统计用区划代码 of
 * their site ({@code KSK-620102000000-0001}), kiosks of #4 with a secret the 6-digit county code
 * ({@code KSK-620102-0001}).
 */
public final class KioskId {
    public static final String FORMAT = "KSK-<6- or 12-digit region code>-<4 digits>, e.g. KSK-620102000000-0001";
    private static final Pattern ID = Pattern.compile("KSK-([0-9]{6}|[0-9]{12})-[0-9]{4}");

    private KioskId() {
    }

    public static boolean isValid(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
