package org.budayang.central.auth;

import java.util.regex.Pattern;

/** Kiosk ids: {@code KSK-<6-digit region code>-<4-digit number>}, e.g. {@code KSK-620102-0001}. */
public final class KioskId {
    public static final String FORMAT = "KSK-<6-digit region code>-<4 digits>, e.g. KSK-620102-0001";
    private static final Pattern ID = Pattern.compile("KSK-[0-9]{6}-[0-9]{4}");

    private KioskId() {
    }

    public static boolean isValid(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
