package org.budayang.provisioning;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The technician CLI's texts, from the resource bundle {@code org/budayang/provisioning/messages}
 * (Simplified Chinese in the root bundle). A missing key throws {@link java.util.MissingResourceException}:
 * a text that is not there is a bug to see, not to paper over.
 */
public final class Messages {
    private static final String BUNDLE = "org.budayang.provisioning.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages load(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}}… replaced by the arguments. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public Locale locale() {
        return locale;
    }
}
