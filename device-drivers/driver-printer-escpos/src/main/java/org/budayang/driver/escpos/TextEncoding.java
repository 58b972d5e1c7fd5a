package org.budayang.driver.escpos;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a printer takes Chinese text (setting {@code encoding}): most Chinese printers have GB18030 resident and
 * need two-byte mode switched on ({@code FS &}) around Chinese text and off ({@code FS .}) after it; some models
 * want GBK, a few UTF-8 (no mode switch).
 */
public enum TextEncoding {
    GB18030("GB18030", true),
    GBK("GBK", true),
    UTF_8("UTF-8", false);

    private final Charset charset;
    private final boolean twoByteMode;

    TextEncoding(String charset, boolean twoByteMode) {
        this.charset = charset.equals("UTF-8") ? StandardCharsets.UTF_8 : Charset.forName(charset);
        this.twoByteMode = twoByteMode;
    }

    public Charset charset() {
        return charset;
    }

    /** Whether non-ASCII text is framed by {@code FS &} ... {@code FS .}. */
    public boolean twoByteMode() {
        return twoByteMode;
    }

    /** The setting's spelling: {@code GB18030}, {@code GBK}, {@code UTF-8}. */
    public String settingName() {
        return charset.name().equals("UTF-8") ? "UTF-8" : name();
    }

    /** Parses the setting value (any case; {@code UTF-8} or {@code UTF8}), or null when unknown. */
    public static TextEncoding parse(String text) {
        String upper = text.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (upper) {
            case "GB18030" -> GB18030;
            case "GBK" -> GBK;
            case "UTF-8", "UTF8", "UTF_8" -> UTF_8;
            default -> null;
        };
    }
}
