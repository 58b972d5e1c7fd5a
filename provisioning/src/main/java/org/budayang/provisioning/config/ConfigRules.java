package org.budayang.provisioning.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules of the kiosk's configuration file for every key that is not a device's, the same as the kiosk's
 * {@code org.budayang.kiosk.core.config.ConfigRules}/{@code KioskConfigLoader} (and its {@code PinHasher} format check).
 * provisioning may not depend on kiosk-app (DESIGN.md: provisioning depends on driver-api and service-api), so the
 * rules are written here a second time; {@code ConfigRulesTest} checks both agree on the kiosk's demo file. Moving the
 * kiosk's rules into a module without JavaFX that both use would remove the copy.
 */
public final class ConfigRules {
    public static final String SITE_NAME = "site.name";
    public static final String SITE_REGION = "site.region";
    public static final String CENTRAL_URL = "central.url";
    public static final String DATA_DIR = "data.dir";
    public static final String IDLE_TIMEOUT = "idle.timeout.seconds";
    public static final String IDLE_COUNTDOWN = "idle.countdown.seconds";
    public static final String PIN_HASH = "technician.pin.hash";
    public static final String ORIENTATION = "display.orientation";
    public static final String THEME = "display.theme";
    public static final String LOCALE = "locale";
    public static final String HEARTBEAT_INTERVAL = "fleet.heartbeatInterval";
    /** Keys of the kiosk secret of #4, gone with mutual TLS (decision 0014): refused as the kiosk refuses them. */
    public static final Set<String> RETIRED = Set.of("kiosk.id", "kiosk.secretFile");
    public static final String JOURNAL_RETENTION = "journal.retention";
    public static final String SITE_PHONE = "site.phone";
    public static final Set<String> KEYS = Set.of(SITE_NAME, SITE_REGION, CENTRAL_URL, DATA_DIR, IDLE_TIMEOUT,
            IDLE_COUNTDOWN, PIN_HASH, ORIENTATION, THEME, LOCALE, HEARTBEAT_INTERVAL, JOURNAL_RETENTION, SITE_PHONE);
    public static final Set<String> REQUIRED = Set.of(SITE_NAME, SITE_REGION, CENTRAL_URL, DATA_DIR, PIN_HASH);

    static final String A_SITE_NAME = "a site name of 1..80 characters, e.g. 兰州市城关区政务服务中心 · 24小时自助服务区";
    static final String A_REGION = "a 6-digit administrative region code (GB/T 2260), e.g. 620102";
    static final String A_CENTRAL_URL = "an absolute http:// or https:// URL with a host and no query, e.g."
            + " https://central.example.gov.cn:8443";
    static final String A_DATA_DIR = "a directory path; a relative path is resolved against the folder of the"
            + " configuration file";
    static final String A_IDLE_TIMEOUT = "whole seconds from 15 to 600 (default 60)";
    static final String A_IDLE_COUNTDOWN = "whole seconds from 5 to 60 (default 10)";
    static final String A_PIN_HASH = "a PIN hash written by budayang provision hash-pin,"
            + " pbkdf2-sha256$<iterations 100000..2000000>$<base64 salt>$<base64 32-byte hash>";
    static final String A_ORIENTATION = "portrait or landscape (default landscape)";
    static final String A_THEME = "standard or elder (default standard)";
    static final String A_LOCALE = "a locale such as zh_CN (default) or en";
    static final String A_HEARTBEAT = "an ISO-8601 duration from PT5S to PT1H, e.g. PT30S (default)";
    static final String A_RETIRED = "nothing: the kiosk secret of #4 is gone (decision 0014); the kiosk proves itself"
            + " with its certificate: remove this line and enrol the kiosk (budayang provision enrol --code …, or the"
            + " technician panel)";
    static final String A_RETENTION = "an ISO-8601 duration from PT0S to P366D, e.g. P7D (default) or PT12H";
    static final String A_PHONE = "3..20 of digits, '-', '+' and spaces (default 12345)";
    static final String A_UNKNOWN = "no such key; the keys are " + String.join(", ", new TreeSet<>(KEYS))
            + " and device.<role>.<setting>";

    private static final Pattern REGION = Pattern.compile("\\d{6}");
    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 +-]{1,18}[0-9]");
    private static final Pattern LOCALE_PATTERN = Pattern.compile("[a-z]{2,3}([_-][A-Z]{2})?");

    private ConfigRules() {
    }

    /** Every problem with the non-device keys of {@code values} (keys starting with {@code device.} are skipped). */
    public static List<Problem> check(Map<String, String> values) {
        List<Problem> problems = new ArrayList<>();
        for (String key : new TreeSet<>(values.keySet())) {
            if (key.startsWith("device.")) {
                continue;
            }
            if (key.startsWith("devices.")) {
                problems.add(new Problem("CONFIG_OLD_KEY", key, values.get(key), "device." + key.substring(8)
                        + ".driver=" + values.get(key).strip() + " and the driver's settings (devices.<role> is no"
                        + " longer read)"));
            } else if (RETIRED.contains(key)) {
                problems.add(new Problem("CONFIG_RETIRED_KEY", key, values.get(key), A_RETIRED));
            } else if (!KEYS.contains(key)) {
                problems.add(new Problem("CONFIG_UNKNOWN_KEY", key, values.get(key), A_UNKNOWN));
            }
        }
        for (String key : new TreeSet<>(REQUIRED)) {
            String value = values.get(key);
            if (value == null || value.isBlank()) {
                problems.add(new Problem("CONFIG_MISSING", key, null, accepted(key)));
            }
        }
        values.forEach((key, raw) -> {
            String value = raw.strip();
            if (KEYS.contains(key) && !(value.isEmpty() && REQUIRED.contains(key)) && !valid(key, value)) {
                problems.add(new Problem("CONFIG_INVALID", key, raw, accepted(key)));
            }
        });
        problems.sort(java.util.Comparator.comparing(Problem::key));
        return problems;
    }

    /** What {@code key} accepts. */
    public static String accepted(String key) {
        return switch (key) {
            case SITE_NAME -> A_SITE_NAME;
            case SITE_REGION -> A_REGION;
            case CENTRAL_URL -> A_CENTRAL_URL;
            case DATA_DIR -> A_DATA_DIR;
            case IDLE_TIMEOUT -> A_IDLE_TIMEOUT;
            case IDLE_COUNTDOWN -> A_IDLE_COUNTDOWN;
            case PIN_HASH -> A_PIN_HASH;
            case ORIENTATION -> A_ORIENTATION;
            case THEME -> A_THEME;
            case LOCALE -> A_LOCALE;
            case HEARTBEAT_INTERVAL -> A_HEARTBEAT;
            case JOURNAL_RETENTION -> A_RETENTION;
            case SITE_PHONE -> A_PHONE;
            default -> A_UNKNOWN;
        };
    }

    static boolean valid(String key, String value) {
        return switch (key) {
            case SITE_NAME -> !value.isBlank() && value.length() <= 80;
            case SITE_REGION -> REGION.matcher(value).matches();
            case CENTRAL_URL -> centralUrl(value);
            case DATA_DIR -> !value.isBlank() && !value.contains("\0");
            case IDLE_TIMEOUT -> seconds(value, 15, 600);
            case IDLE_COUNTDOWN -> seconds(value, 5, 60);
            case PIN_HASH -> pinHashProblem(value) == null;
            case ORIENTATION -> value.equals("portrait") || value.equals("landscape");
            case THEME -> value.equals("standard") || value.equals("elder");
            case LOCALE -> LOCALE_PATTERN.matcher(value).matches();
            case HEARTBEAT_INTERVAL -> heartbeat(value);
            case JOURNAL_RETENTION -> retention(value);
            case SITE_PHONE -> PHONE.matcher(value).matches();
            default -> false;
        };
    }

    private static boolean centralUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean seconds(String value, long min, long max) {
        try {
            long seconds = Long.parseLong(value);
            return seconds >= min && seconds <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean heartbeat(String value) {
        try {
            Duration duration = Duration.parse(value);
            return duration.compareTo(Duration.ofSeconds(5)) >= 0 && duration.compareTo(Duration.ofHours(1)) <= 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean retention(String value) {
        try {
            Duration duration = Duration.parse(value);
            return !duration.isNegative() && duration.compareTo(Duration.ofDays(366)) <= 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Why {@code stored} is not a PIN hash the kiosk accepts, or null when it is one. */
    public static String pinHashProblem(String stored) {
        String[] parts = stored.strip().split("\\$", -1);
        if (parts.length != 4) {
            return "it has " + parts.length + " '$'-separated parts instead of 4";
        }
        if (!"pbkdf2-sha256".equals(parts[0])) {
            return "its scheme is '" + parts[0] + "' instead of pbkdf2-sha256";
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 100_000 || iterations > 2_000_000) {
                return "its iteration count " + iterations + " is outside 100000..2000000";
            }
            if (Base64.getDecoder().decode(parts[2]).length < 8) {
                return "its salt is shorter than 8 bytes";
            }
            if (Base64.getDecoder().decode(parts[3]).length != 32) {
                return "its hash is not 32 bytes";
            }
        } catch (IllegalArgumentException e) {
            return "a part is not a number or not Base64 (" + e.getMessage() + ")";
        }
        return null;
    }
}
