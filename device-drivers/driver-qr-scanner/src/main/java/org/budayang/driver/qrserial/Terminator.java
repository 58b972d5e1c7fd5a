package org.budayang.driver.qrserial;

import java.util.Locale;

/** What ends each code on the wire (setting {@code terminator}); scanners call it the "suffix". */
public enum Terminator {
    /** Carriage return, 0x0D: the factory suffix of most serial scanners. */
    CR(new byte[] {0x0D}),
    /** Line feed, 0x0A. */
    LF(new byte[] {0x0A}),
    /** Carriage return then line feed, 0x0D 0x0A. */
    CRLF(new byte[] {0x0D, 0x0A}),
    /** Horizontal tab, 0x09. */
    TAB(new byte[] {0x09});

    private final byte[] bytes;

    Terminator(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The bytes that end a code (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The last byte of the terminator: the one that ends a line. */
    byte last() {
        return bytes[bytes.length - 1];
    }

    /** The accepted spellings, for messages. */
    static String accepted() {
        return "cr, lf, crlf or tab (any case)";
    }

    /** The terminator named {@code text} (any case), or null. */
    static Terminator parse(String text) {
        for (Terminator terminator : values()) {
            if (terminator.name().equals(text.toUpperCase(Locale.ROOT))) {
                return terminator;
            }
        }
        return null;
    }
}
