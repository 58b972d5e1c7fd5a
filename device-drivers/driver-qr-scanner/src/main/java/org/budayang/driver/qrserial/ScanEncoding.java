package org.budayang.driver.qrserial;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * The character encoding the scanner sends codes in (setting {@code encoding}). Scanners sold in China send
 * UTF-8 or, for older host software, GBK / GB18030; the scanner's own setting must match this one.
 */
public enum ScanEncoding {
    UTF_8("UTF-8"),
    GB18030("GB18030"),
    GBK("GBK");

    private final String label;

    ScanEncoding(String label) {
        this.label = label;
    }

    /** The name as configured and as Java knows it, e.g. {@code UTF-8}. */
    public String label() {
        return label;
    }

    public Charset charset() {
        return Charset.forName(label);
    }

    /** A strict decoder: bytes that are not valid in the encoding are an error, never a replacement character. */
    CharsetDecoder strictDecoder() {
        return charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static String accepted() {
        return "UTF-8, GB18030 or GBK (any case)";
    }

    /** The encoding named {@code text} ({@code utf-8}, {@code utf8}, {@code gb18030}, {@code gbk}), or null. */
    static ScanEncoding parse(String text) {
        String wanted = text.toUpperCase(Locale.ROOT);
        if (wanted.equals("UTF8")) {
            return UTF_8;
        }
        for (ScanEncoding encoding : values()) {
            if (encoding.label.equals(wanted)) {
                return encoding;
            }
        }
        return null;
    }
}
