package org.budayang.central.payments;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budayang.central.config.ConfigException;

/**
 * The {@code payments.*} configuration keys.
 *
 * @param qrExpiry       how long a QR order may be paid ({@code payments.qrExpiry}, default PT5M)
 * @param cashExpiry     how long a cash order may take notes ({@code payments.cashExpiry}, default PT30M)
 * @param publicBaseUrl  the URL phones and vouchers reach central at ({@code payments.publicBaseUrl}); default the
 *                       URL central listens on
 * @param sandboxSecret  the sandbox provider's notification signing key ({@code payments.sandbox.secret}, at least
 *                       32 characters; default a random one per process, so several nodes must configure it)
 */
public record PaymentSettings(Duration qrExpiry, Duration cashExpiry, Optional<String> publicBaseUrl,
                              Optional<String> sandboxSecret) {
    private static final Set<String> KEYS = Set.of("payments.qrExpiry", "payments.cashExpiry",
            "payments.publicBaseUrl", "payments.sandbox.secret");
    public static final PaymentSettings DEFAULTS = new PaymentSettings(Duration.ofMinutes(5), Duration.ofMinutes(30),
            Optional.empty(), Optional.empty());

    public PaymentSettings {
        if (qrExpiry.isNegative() || qrExpiry.isZero() || cashExpiry.isNegative() || cashExpiry.isZero()) {
            throw new IllegalArgumentException("PaymentSettings: expiries must be positive, got qrExpiry " + qrExpiry
                    + ", cashExpiry " + cashExpiry);
        }
    }

    /** From keys with their prefix ({@code payments.qrExpiry}…); an unknown key or bad value is refused. */
    public static PaymentSettings from(Map<String, String> keys) {
        for (String key : keys.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ConfigException("Configuration key '" + key + "' is unknown; accepted: "
                        + new java.util.TreeSet<>(KEYS));
            }
        }
        Optional<String> secret = Optional.ofNullable(keys.get("payments.sandbox.secret")).map(String::strip);
        if (secret.isPresent() && secret.get().length() < 32) {
            throw new ConfigException("Configuration key 'payments.sandbox.secret' has " + secret.get().length()
                    + " characters; use at least 32 random characters");
        }
        Optional<String> base = Optional.ofNullable(keys.get("payments.publicBaseUrl")).map(String::strip)
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        if (base.isPresent() && !base.get().matches("https?://[^/\\s]+(/[^\\s]*)?")) {
            throw new ConfigException("Configuration key 'payments.publicBaseUrl' has value '" + base.get()
                    + "', which is not an http(s) URL such as https://zw.example.gov.cn");
        }
        return new PaymentSettings(duration(keys, "payments.qrExpiry", DEFAULTS.qrExpiry()),
                duration(keys, "payments.cashExpiry", DEFAULTS.cashExpiry()), base, secret);
    }

    private static Duration duration(Map<String, String> keys, String key, Duration fallback) {
        String text = keys.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            Duration value = Duration.parse(text.strip());
            if (value.isNegative() || value.isZero()) {
                throw new java.time.format.DateTimeParseException("not positive", text, 0);
            }
            return value;
        } catch (java.time.format.DateTimeParseException e) {
            throw new ConfigException("Configuration key '" + key + "' has value '" + text + "', which is not a "
                    + "positive ISO-8601 duration such as PT5M", e);
        }
    }
}
