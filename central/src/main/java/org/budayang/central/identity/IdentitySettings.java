package org.budayang.central.identity;

import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.budayang.central.identity.face.FaceSettings;

/**
 * Configuration of the identity checks. Keys (all optional, defaults in brackets):
 * {@code identity.face.matchThreshold} [0.50], {@code identity.face.minBrightness} [40],
 * {@code identity.face.maxBrightness} [230], {@code identity.face.minContrast} [8],
 * {@code identity.face.minSharpness} [0.20], {@code identity.face.minFaceFraction} [0.14],
 * {@code identity.face.maxCentreOffset} [0.30], {@code identity.face.maxImageBytes} [614400],
 * {@code identity.face.maxImagePixels} [8294400], {@code identity.zone} [Asia/Shanghai] (the day
 * an ID card's validity is judged in).
 *
 * @param face           thresholds of the face analysis
 * @param maxImageBytes  largest decoded capture accepted (bigger: 413)
 * @param maxImagePixels largest width × height decoded (bigger: 400, checked from the header before decoding)
 * @param zone           time zone of card validity dates
 */
public record IdentitySettings(FaceSettings face, int maxImageBytes, long maxImagePixels, ZoneId zone) {
    public static final IdentitySettings DEFAULTS =
            new IdentitySettings(FaceSettings.DEFAULTS, 600 * 1024, 3840L * 2160, ZoneId.of("Asia/Shanghai"));
    private static final String PREFIX = "identity.";
    private static final Set<String> KEYS = Set.of("identity.face.matchThreshold", "identity.face.minBrightness",
            "identity.face.maxBrightness", "identity.face.minContrast", "identity.face.minSharpness",
            "identity.face.minFaceFraction", "identity.face.maxCentreOffset", "identity.face.maxImageBytes",
            "identity.face.maxImagePixels", "identity.zone");

    public IdentitySettings {
        if (face == null) {
            throw new IllegalArgumentException("IdentitySettings.face is required");
        }
        if (maxImageBytes < 1024 || maxImageBytes > 8 * 1024 * 1024) {
            throw new IllegalArgumentException("identity.face.maxImageBytes = " + maxImageBytes
                    + " is out of range; expected 1024..8388608");
        }
        if (maxImagePixels < 160L * 120 || maxImagePixels > 40_000_000L) {
            throw new IllegalArgumentException("identity.face.maxImagePixels = " + maxImagePixels
                    + " is out of range; expected 19200..40000000");
        }
        if (zone == null) {
            throw new IllegalArgumentException("identity.zone is required");
        }
    }

    /**
     * Settings from configuration entries; entries not starting with {@code identity.} are ignored,
     * unknown {@code identity.*} keys and bad values are refused naming the key, the value and what
     * is accepted.
     */
    public static IdentitySettings from(Map<String, String> config) {
        for (String key : config.keySet()) {
            if (key.startsWith(PREFIX) && !KEYS.contains(key)) {
                throw new IllegalArgumentException("Unknown configuration key " + key + "; identity accepts "
                        + new TreeSet<>(KEYS));
            }
        }
        FaceSettings d = FaceSettings.DEFAULTS;
        FaceSettings face = new FaceSettings(
                number(config, "identity.face.matchThreshold", d.matchThreshold()),
                number(config, "identity.face.minBrightness", d.minBrightness()),
                number(config, "identity.face.maxBrightness", d.maxBrightness()),
                number(config, "identity.face.minContrast", d.minContrast()),
                number(config, "identity.face.minSharpness", d.minSharpness()),
                number(config, "identity.face.minFaceFraction", d.minFaceFraction()),
                number(config, "identity.face.maxCentreOffset", d.maxCentreOffset()));
        String zone = config.getOrDefault("identity.zone", DEFAULTS.zone().getId());
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone.strip());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("identity.zone = '" + zone + "' is not a time zone; expected e.g. "
                    + "Asia/Shanghai", e);
        }
        return new IdentitySettings(face,
                (int) number(config, "identity.face.maxImageBytes", DEFAULTS.maxImageBytes()),
                (long) number(config, "identity.face.maxImagePixels", DEFAULTS.maxImagePixels()), zoneId);
    }

    private static double number(Map<String, String> config, String key, double fallback) {
        String text = config.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " = '" + text + "' is not a number", e);
        }
    }
}
