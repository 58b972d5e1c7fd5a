package org.budayang.central.flows;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.budayang.central.auth.KioskId;
import org.budayang.central.config.ConfigException;

/**
 * The 呼叫帮办 configuration (section {@code help} of central's configuration):
 * <ul>
 *   <li>{@code help.responseMinutes}: how long one helper takes per open request at a site, 1..240 (default 5);</li>
 *   <li>{@code help.phone}: the number citizens may call instead (default 12345, the 政务服务便民热线);</li>
 *   <li>{@code help.phone.<siteId>}: a site's own number, overriding {@code help.phone} there;</li>
 *   <li>{@code help.site.<kioskId>}: the site (service hall, bank branch…) a kiosk stands at; requests of kiosks at
 *       one site share the site's helpers. A kiosk without a line is a site of its own;</li>
 *   <li>{@code help.openFor}: how long an open request counts for the wait before it is taken as lapsed
 *       (ISO-8601, default PT2H), so that requests nobody closed do not inflate the wait forever.</li>
 * </ul>
 */
public record HelpSettings(int responseMinutes, String phone, Map<String, String> sitePhones,
                           Map<String, String> kioskSites, Duration openFor) {
    public static final String DEFAULT_PHONE = "12345";
    private static final String PHONE = "[0-9][0-9-]{2,19}";
    private static final String SITE = "[A-Za-z0-9_.-]{1,64}";

    public HelpSettings {
        if (responseMinutes < 1 || responseMinutes > 240) {
            throw new ConfigException("Configuration key 'help.responseMinutes' has value " + responseMinutes
                    + "; accepted: 1..240 minutes");
        }
        phone = requirePhone("help.phone", phone);
        sitePhones = Map.copyOf(sitePhones);
        kioskSites = Map.copyOf(kioskSites);
        if (openFor.isNegative() || openFor.isZero()) {
            throw new ConfigException("Configuration key 'help.openFor' has value " + openFor
                    + "; accepted: a positive ISO-8601 duration such as PT2H");
        }
    }

    public static HelpSettings defaults() {
        return new HelpSettings(5, DEFAULT_PHONE, Map.of(), Map.of(), Duration.ofHours(2));
    }

    /** Reads the {@code help.*} keys (with their prefix); an unknown key or bad value stops the start. */
    public static HelpSettings from(Map<String, String> config) {
        HelpSettings d = defaults();
        int minutes = d.responseMinutes();
        String phone = d.phone();
        Duration openFor = d.openFor();
        Map<String, String> sitePhones = new TreeMap<>();
        Map<String, String> sites = new TreeMap<>();
        for (Map.Entry<String, String> entry : config.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue().strip();
            if (key.equals("help.responseMinutes")) {
                minutes = minutes(value);
            } else if (key.equals("help.phone")) {
                phone = value;
            } else if (key.equals("help.openFor")) {
                openFor = duration(value);
            } else if (key.startsWith("help.phone.") && key.substring(11).matches(SITE)) {
                sitePhones.put(key.substring(11), requirePhone(key, value));
            } else if (key.startsWith("help.site.") && KioskId.isValid(key.substring(10))) {
                if (!value.matches(SITE)) {
                    throw new ConfigException("Configuration key '" + key + "' has value '" + value
                            + "'; accepted: a site id of 1-64 characters [A-Za-z0-9_.-]");
                }
                sites.put(key.substring(10), value);
            } else {
                throw new ConfigException("Configuration key '" + key + "' is unknown; accepted: help.responseMinutes,"
                        + " help.phone, help.phone.<siteId>, help.site.<kioskId> (" + KioskId.FORMAT + "), "
                        + "help.openFor");
            }
        }
        return new HelpSettings(minutes, phone, sitePhones, sites, openFor);
    }

    /** The site a kiosk stands at (the kiosk id itself when none is configured). */
    public String siteOf(String kioskId) {
        return kioskSites.getOrDefault(kioskId, kioskId);
    }

    /** The phone number shown at a site. */
    public String phoneAt(String siteId) {
        return sitePhones.getOrDefault(siteId, phone);
    }

    private static int minutes(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("Configuration key 'help.responseMinutes' has value '" + value
                    + "', which is not a whole number; accepted: 1..240 minutes", e);
        }
    }

    private static Duration duration(String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new ConfigException("Configuration key 'help.openFor' has value '" + value
                    + "', which is not an ISO-8601 duration; accepted e.g. PT2H or PT30M", e);
        }
    }

    private static String requirePhone(String key, String value) {
        if (value == null || !value.strip().matches(PHONE)) {
            throw new ConfigException("Configuration key '" + key + "' has value '" + value
                    + "'; accepted: a phone number of 3-20 digits and dashes, e.g. 12345 or 0931-8888888");
        }
        return value.strip();
    }
}
