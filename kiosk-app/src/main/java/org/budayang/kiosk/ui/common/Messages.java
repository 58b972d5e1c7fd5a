package org.budayang.kiosk.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The citizen-facing texts of the kiosk, read from {@code org/budayang/kiosk/i18n/messages*.properties}
 * (UTF-8). A missing key is a programming error and fails loudly with the key and the locale.
 */
public final class Messages {
    public static final String BUNDLE = "org.budayang.kiosk.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Loads the bundle for a locale; zh_CN is the default content. */
    public static Messages load(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of a key; with arguments it is a {@link MessageFormat} pattern. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("No text for key '" + key + "' in " + BUNDLE + " for locale "
                    + locale + "; add it to messages.properties, messages_zh_CN.properties and messages_en.properties",
                    BUNDLE, key);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle defines a key (for optional per-enum texts). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
