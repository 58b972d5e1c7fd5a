package org.budayang.kiosk.core.config;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.budayang.api.catalog.DeviceRole;

/**
 * The accepted values of every configuration field, shared by the {@link KioskConfig} constructor
 * and the properties loader so that both say the same thing about the same value.
 */
final class ConfigRules {
    static final int SITE_NAME_MAX = 80;
    static final String SITE_NAME = "a site name of 1.." + SITE_NAME_MAX
            + " characters, e.g. 兰州市城关区政务服务中心 · 24小时自助服务区";
    static final String REGION = "a 6-digit administrative region code (GB/T 2260), e.g. 620102";
    static final String CENTRAL_URL = "an absolute http:// or https:// URL with a host and no query, "
            + "e.g. http://127.0.0.1:8080 or https://central.example.gov.cn:8443";
    static final String DATA_DIR = "a directory path; a relative path is resolved against the folder of the "
            + "configuration file";
    static final Duration IDLE_TIMEOUT_MIN = Duration.ofSeconds(15);
    static final Duration IDLE_TIMEOUT_MAX = Duration.ofSeconds(600);
    static final Duration IDLE_COUNTDOWN_MIN = Duration.ofSeconds(5);
    static final Duration IDLE_COUNTDOWN_MAX = Duration.ofSeconds(60);
    static final String IDLE_TIMEOUT = "whole seconds from 15 to 600 (default 60)";
    static final String IDLE_COUNTDOWN = "whole seconds from 5 to 60 (default 10)";
    static final String PIN_HASH = "a PIN hash written by PinHasher, "
            + "pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>";
    static final String LOCALE = "a locale such as zh_CN (default) or en";
    static final String DEVICE_PREFIX = "device.";
    static final String DEVICE_KEY = "a key device.<role>.<setting> with role one of "
            + String.join(", ", Arrays.stream(DeviceRole.values()).map(DeviceRole::configKey).toList())
            + ", e.g. device.idCardReader.driver=idcard-sam, device.idCardReader.link=tcp";

    static final String HEARTBEAT_INTERVAL = "an ISO-8601 duration from PT5S to PT1H, e.g. PT30S (default)";
    /** What a configuration that still names the kiosk secret of #4 is told. */
    static final String ENROL_INSTEAD = "the kiosk secret of #4 is gone (decision 0014): the kiosk proves itself by"
            + " the certificate of its enrolment in <data.dir>/fleet. Delete the line and enrol the kiosk: technician"
            + " panel or `provisioning enrol --code`";
    static final String JOURNAL_RETENTION = "an ISO-8601 duration from PT0S to P366D, e.g. P7D (default) or PT12H";
    static final String SITE_PHONE = "the site's help phone number shown when 呼叫帮办 cannot reach central: 3..20 of"
            + " digits, '-', '+' and spaces (default 12345)";
    static final Duration JOURNAL_RETENTION_MAX = Duration.ofDays(366);

    private static final Pattern REGION_PATTERN = Pattern.compile("\\d{6}");
    private static final Pattern PHONE_PATTERN = Pattern.compile("[0-9+][0-9 +-]{1,18}[0-9]");
    /** A driver setting's name: camelCase ({@code pollInterval}) or hyphenated ({@code probe-timeout}, qr-serial). */
    private static final Pattern SETTING_PATTERN = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,39}");
    private static final Pattern LOCALE_PATTERN = Pattern.compile("[a-z]{2,3}([_-][A-Z]{2})?");

    private ConfigRules() {
    }

    static boolean siteName(String value) {
        return value != null && !value.isBlank() && value.strip().length() <= SITE_NAME_MAX;
    }

    static boolean region(String value) {
        return value != null && REGION_PATTERN.matcher(value).matches();
    }

    static boolean centralUrl(URI value) {
        return value != null && value.isAbsolute() && value.getHost() != null && value.getQuery() == null
                && value.getFragment() == null
                && ("http".equalsIgnoreCase(value.getScheme()) || "https".equalsIgnoreCase(value.getScheme()));
    }

    static boolean idleTimeout(Duration value) {
        return within(value, IDLE_TIMEOUT_MIN, IDLE_TIMEOUT_MAX);
    }

    static boolean idleCountdown(Duration value) {
        return within(value, IDLE_COUNTDOWN_MIN, IDLE_COUNTDOWN_MAX);
    }

    /** Whether {@code key} is {@code device.<known role>.<setting>}. */
    static boolean deviceKey(String key) {
        if (key == null || !key.startsWith(DEVICE_PREFIX)) {
            return false;
        }
        String rest = key.substring(DEVICE_PREFIX.length());
        int dot = rest.indexOf('.');
        if (dot <= 0 || dot == rest.length() - 1) {
            return false;
        }
        String role = rest.substring(0, dot);
        return Arrays.stream(DeviceRole.values()).anyMatch(r -> r.configKey().equals(role))
                && SETTING_PATTERN.matcher(rest.substring(dot + 1)).matches();
    }

    static boolean heartbeatInterval(Duration value) {
        return within(value, Duration.ofSeconds(5), Duration.ofHours(1));
    }

    static boolean journalRetention(Duration value) {
        return value != null && !value.isNegative() && value.compareTo(JOURNAL_RETENTION_MAX) <= 0;
    }

    static boolean sitePhone(String value) {
        return value != null && PHONE_PATTERN.matcher(value).matches();
    }

    static boolean localeText(String value) {
        return value != null && LOCALE_PATTERN.matcher(value).matches();
    }

    static Locale locale(String value) {
        return Locale.forLanguageTag(value.replace('_', '-'));
    }

    private static boolean within(Duration value, Duration min, Duration max) {
        return value != null && value.getNano() == 0 && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /** Throws an IllegalArgumentException naming the field, the value and what is accepted. */
    static <T> T require(String field, T value, boolean ok, String accepted) {
        if (!ok) {
            throw new IllegalArgumentException("KioskConfig." + field + ": '" + value + "' is not accepted; expected "
                    + accepted);
        }
        return value;
    }
}
