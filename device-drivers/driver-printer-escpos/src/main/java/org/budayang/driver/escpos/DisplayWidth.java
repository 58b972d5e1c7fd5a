package org.budayang.driver.escpos;

/**
 * How many print columns a character takes on a receipt printer: one for ASCII and other narrow characters,
 * two for CJK ideographs, kana, hangul, full-width forms and CJK punctuation (the printer's 24-dot font is square).
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /** Columns of one code point at normal size: 1 or 2 (0 for control characters). */
    public static int of(int codePoint) {
        if (codePoint < 0x20 || codePoint == 0x7F) {
            return 0;
        }
        if (codePoint < 0x1100) {
            return 1;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** Columns of a whole string at normal size. */
    public static int of(CharSequence text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)          // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)      // CJK radicals, punctuation (、。「」)
                || (cp >= 0x3041 && cp <= 0x33FF)      // kana, bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)      // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)      // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)      // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)      // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)      // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)      // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)      // full-width forms (，：（）)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)      // full-width signs (￥)
                || (cp >= 0x20000 && cp <= 0x3FFFD);   // CJK extensions B and beyond
    }
}
