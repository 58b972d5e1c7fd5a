package org.budayang.kiosk.ui.input;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The citizen texts of the input editors and the help panel, read from
 * {@code org/budayang/kiosk/ui/input/input.properties} (UTF-8, Chinese). A missing key fails loudly with the key.
 */
public final class InputTexts {
    static final String BUNDLE = "org.budayang.kiosk.ui.input.input";

    private final ResourceBundle bundle;

    private InputTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The Chinese texts (the only locale of the editors so far). */
    public static InputTexts chinese() {
        return new InputTexts(ResourceBundle.getBundle(BUNDLE, Locale.ROOT));
    }

    /** The text of a key; with arguments it is a {@link MessageFormat} pattern. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("No text for key '" + key + "' in " + BUNDLE
                    + "; add it to input.properties", BUNDLE, key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
