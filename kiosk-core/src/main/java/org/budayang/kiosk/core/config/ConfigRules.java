package org.budayang.kiosk.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.kiosk.core.security.PinHasher;

/**
 * The rules of the kiosk's configuration file, the one set that the kiosk (at start, {@link KioskConfig#load}, and
 * for remote changes, {@link ConfigEditor}) and the technician's {@code budayang provision config} apply
 * (decision 0020). {@link #check} lists every problem of a file's values; the kiosk refuses to start with them,
 * provisioning shows them all. The {@code device.<role>.<setting>} lines are checked here for their shape only (a
 * known role, a well-formed setting name); their values are the installed drivers' business.
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
    public static final String JOURNAL_RETENTION = "journal.retention";
    public static final String SITE_PHONE = "site.phone";
    /** The prefix of the device lines, {@code device.<role>.<setting>}. */
    public static final String DEVICE_PREFIX = "device.";
    /** Keys of the kiosk secret of #4: refused, the kiosk enrols instead (decision 0014). */
    public static final Set<String> RETIRED = Set.of("kiosk.id", "kiosk.secretFile");
    static final String OLD_DEVICES_PREFIX = "devices.";

    static final int SITE_NAME_MAX = 80;
    static final String A_SITE_NAME = "a site name of 1.." + SITE_NAME_MAX
            + " characters, e.g. 兰州市城关区政务服务中心 · 24小时自助服务区";
    static final String A_REGION = "a 6-digit administrative region code (GB/T 2260), e.g. 620102";
    static final String A_CENTRAL_URL = "an absolute http:// or https:// URL with a host and no query, "
            + "e.g. http://127.0.0.1:8080 or https://central.example.gov.cn:8443";
    static final String A_DATA_DIR = "a directory path; a relative path is resolved against the folder of the "
            + "configuration file";
    static final String A_IDLE_TIMEOUT = "whole seconds from 15 to 600 (default 60)";
    static final String A_IDLE_COUNTDOWN = "whole seconds from 5 to 60 (default 10)";
    static final String A_PIN_HASH = "a PIN hash written by budayang provision hash-pin (PinHasher), "
            + "pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash> with " + PinHasher.MIN_ITERATIONS + ".."
            + PinHasher.MAX_ITERATIONS + " iterations";
    static final String A_ORIENTATION = "portrait or landscape (default landscape)";
    static final String A_THEME = "standard or elder (default standard)";
    static final String A_LOCALE = "a locale such as zh_CN (default) or en";
    static final String A_HEARTBEAT_INTERVAL = "an ISO-8601 duration of whole seconds from PT5S to PT1H, e.g. PT30S"
            + " (default)";
    static final String A_JOURNAL_RETENTION = "an ISO-8601 duration from PT0S to P366D, e.g. P7D (default) or PT12H";
    static final String A_SITE_PHONE = "the site's help phone number shown when 呼叫帮办 cannot reach central: 3..20 of"
            + " digits, '-', '+' and spaces (default 12345)";
    static final String A_DEVICE_KEY = "a key device.<role>.<setting> with role one of "
            + Arrays.stream(DeviceRole.values()).map(DeviceRole::configKey).collect(Collectors.joining(", "))
            + ", e.g. device.idCardReader.driver=idcard-sam, device.idCardReader.link=tcp";
    /** What a configuration that still names the kiosk secret of #4 is told. */
    static final String ENROL_INSTEAD = "the kiosk secret of #4 is gone (decision 0014): the kiosk proves itself by"
            + " the certificate of its enrolment in <data.dir>/fleet. Delete the line and enrol the kiosk: technician"
            + " panel or `provisioning enrol --code`";

    static final Duration IDLE_TIMEOUT_MIN = Duration.ofSeconds(15);
    static final Duration IDLE_TIMEOUT_MAX = Duration.ofSeconds(600);
    static final Duration IDLE_COUNTDOWN_MIN = Duration.ofSeconds(5);
    static final Duration IDLE_COUNTDOWN_MAX = Duration.ofSeconds(60);
    static final Duration HEARTBEAT_MIN = Duration.ofSeconds(5);
    static final Duration HEARTBEAT_MAX = Duration.ofHours(1);
    static final Duration JOURNAL_RETENTION_MAX = Duration.ofDays(366);

    private static final Pattern REGION_PATTERN = Pattern.compile("\\d{6}");
    private static final Pattern PHONE_PATTERN = Pattern.compile("[0-9+][0-9 +-]{1,18}[0-9]");
    /** A driver setting's name: camelCase ({@code pollInterval}) or hyphenated ({@code probe-timeout}, qr-serial). */
    private static final Pattern SETTING_PATTERN = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,39}");
    private static final Pattern LOCALE_PATTERN = Pattern.compile("[a-z]{2,3}([_-][A-Z]{2})?");

    static final KeyRule<String> SITE_NAME_RULE = new KeyRule<>(SITE_NAME, true, Function.identity(),
            ConfigRules::siteName, A_SITE_NAME);
    static final KeyRule<String> REGION_RULE = new KeyRule<>(SITE_REGION, true, Function.identity(),
            ConfigRules::region, A_REGION);
    static final KeyRule<URI> CENTRAL_URL_RULE = new KeyRule<>(CENTRAL_URL, true, ConfigRules::uri,
            ConfigRules::centralUrl, A_CENTRAL_URL);
    static final KeyRule<Path> DATA_DIR_RULE = new KeyRule<>(DATA_DIR, true, Path::of, path -> true, A_DATA_DIR);
    static final KeyRule<Duration> IDLE_TIMEOUT_RULE = new KeyRule<>(IDLE_TIMEOUT, false, ConfigRules::seconds,
            ConfigRules::idleTimeout, A_IDLE_TIMEOUT);
    static final KeyRule<Duration> IDLE_COUNTDOWN_RULE = new KeyRule<>(IDLE_COUNTDOWN, false, ConfigRules::seconds,
            ConfigRules::idleCountdown, A_IDLE_COUNTDOWN);
    static final KeyRule<String> PIN_HASH_RULE = new KeyRule<>(PIN_HASH, true, Function.identity(),
            hash -> PinHasher.formatProblem(hash).isEmpty(), A_PIN_HASH,
            hash -> PinHasher.formatProblem(hash).orElse(""));
    static final KeyRule<Orientation> ORIENTATION_RULE = new KeyRule<>(ORIENTATION, false,
            text -> named(Orientation.values(), Orientation::configValue, text), o -> true, A_ORIENTATION);
    static final KeyRule<Theme> THEME_RULE = new KeyRule<>(THEME, false,
            text -> named(Theme.values(), Theme::configValue, text), t -> true, A_THEME);
    static final KeyRule<Locale> LOCALE_RULE = new KeyRule<>(LOCALE, false, ConfigRules::locale, l -> true,
            A_LOCALE);
    static final KeyRule<Duration> HEARTBEAT_RULE = new KeyRule<>(HEARTBEAT_INTERVAL, false, Duration::parse,
            ConfigRules::heartbeatInterval, A_HEARTBEAT_INTERVAL);
    static final KeyRule<Duration> RETENTION_RULE = new KeyRule<>(JOURNAL_RETENTION, false, Duration::parse,
            ConfigRules::journalRetention, A_JOURNAL_RETENTION);
    static final KeyRule<String> SITE_PHONE_RULE = new KeyRule<>(SITE_PHONE, false, Function.identity(),
            ConfigRules::sitePhone, A_SITE_PHONE);

    private static final List<KeyRule<?>> RULES = List.of(SITE_NAME_RULE, REGION_RULE, CENTRAL_URL_RULE,
            DATA_DIR_RULE, IDLE_TIMEOUT_RULE, IDLE_COUNTDOWN_RULE, PIN_HASH_RULE, ORIENTATION_RULE, THEME_RULE,
            LOCALE_RULE, HEARTBEAT_RULE, RETENTION_RULE, SITE_PHONE_RULE);

    /** Every key other than the device lines. */
    public static final Set<String> KEYS = RULES.stream().map(KeyRule::key).collect(Collectors.toUnmodifiableSet());
    /** The keys without a default. */
    public static final Set<String> REQUIRED = RULES.stream().filter(KeyRule::required).map(KeyRule::key)
            .collect(Collectors.toUnmodifiableSet());
    static final String A_UNKNOWN = "no such key; the keys are " + String.join(", ", new TreeSet<>(KEYS))
            + " and device.<role>.*";

    private ConfigRules() {
    }

    /**
     * Every problem of a configuration file's {@code values} (key to value as written), sorted by key: missing
     * required keys, values not accepted, unknown, retired and old keys, and device keys of an unknown role or a
     * malformed setting name. Empty when the kiosk will start with these values (its drivers still check the
     * device settings' values).
     */
    public static List<ConfigProblem> check(Map<String, String> values) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (String key : new TreeSet<>(values.keySet())) {
            keyProblem(key, values.get(key) == null ? "" : values.get(key)).ifPresent(problems::add);
        }
        for (KeyRule<?> rule : RULES) {
            rule.check(values).ifPresent(problems::add);
        }
        problems.sort(Comparator.comparing(ConfigProblem::key));
        return List.copyOf(problems);
    }

    /** What {@code key} accepts. */
    public static String accepted(String key) {
        if (key != null && key.startsWith(DEVICE_PREFIX)) {
            return A_DEVICE_KEY;
        }
        return RULES.stream().filter(rule -> rule.key().equals(key)).findFirst().map(KeyRule::accepted)
                .orElse(A_UNKNOWN);
    }

    /** The problem of a key that is not one of {@link #KEYS}, or empty when it is one or a well-formed device key. */
    private static Optional<ConfigProblem> keyProblem(String key, String value) {
        if (KEYS.contains(key)) {
            return Optional.empty();
        }
        if (RETIRED.contains(key)) {
            return Optional.of(new ConfigProblem(ConfigProblem.RETIRED_KEY, key, value, "nothing: it is no longer"
                    + " read; " + insteadOf(key)));
        }
        if (key.startsWith(OLD_DEVICES_PREFIX)) {
            return Optional.of(new ConfigProblem(ConfigProblem.OLD_KEY, key, value, "the device.<role>.* keys;"
                    + " devices.<role>=<driver> is no longer read: write " + DEVICE_PREFIX
                    + key.substring(OLD_DEVICES_PREFIX.length()) + ".driver=" + value.strip() + " and the driver's"
                    + " settings (e.g. .link=tcp, .host, .tcpPort or .link=serial, .port, .baud)"));
        }
        if (key.startsWith(DEVICE_PREFIX)) {
            return deviceKey(key) ? Optional.empty()
                    : Optional.of(new ConfigProblem(ConfigProblem.DEVICE_KEY, key, value, A_DEVICE_KEY));
        }
        return Optional.of(new ConfigProblem(ConfigProblem.UNKNOWN_KEY, key, value, A_UNKNOWN));
    }

    /** What to do instead of a {@link #RETIRED} key. */
    static String insteadOf(String retiredKey) {
        return ENROL_INSTEAD;
    }

    /** Whether {@code key} is {@code device.<known role>.<setting>}. */
    public static boolean deviceKey(String key) {
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

    static boolean heartbeatInterval(Duration value) {
        return within(value, HEARTBEAT_MIN, HEARTBEAT_MAX);
    }

    static boolean journalRetention(Duration value) {
        return value != null && !value.isNegative() && value.compareTo(JOURNAL_RETENTION_MAX) <= 0;
    }

    static boolean sitePhone(String value) {
        return value != null && PHONE_PATTERN.matcher(value).matches();
    }

    static URI uri(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static Duration seconds(String value) {
        return Duration.ofSeconds(Long.parseLong(value));
    }

    static Locale locale(String value) {
        if (value == null || !LOCALE_PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("not a locale: " + value);
        }
        return Locale.forLanguageTag(value.replace('_', '-'));
    }

    private static <E> E named(E[] values, Function<E, String> name, String value) {
        for (E e : values) {
            if (name.apply(e).equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("not one of the names: " + value);
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
