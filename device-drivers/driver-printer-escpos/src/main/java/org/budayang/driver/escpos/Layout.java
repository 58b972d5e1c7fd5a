package org.budayang.driver.escpos;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width in print columns ({@link DisplayWidth}): at spaces where it can, inside
 * a word (or between any two Chinese characters) where it must. Explicit line breaks are kept; other control
 * characters are dropped (a printer would take them as commands).
 */
public final class Layout {

    private Layout() {
    }

    /** The lines of {@code text} no wider than {@code columns} (at least one line, possibly empty). */
    public static List<String> wrap(String text, int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("Layout.wrap: columns must be at least 2, got " + columns);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            wrapParagraph(paragraph, columns, lines);
        }
        return lines;
    }

    /** Removes control characters except line feeds; tabs become a space. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\r' || Character.isISOControl(cp)) {
                continue;
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static void wrapParagraph(String paragraph, int columns, List<String> lines) {
        StringBuilder line = new StringBuilder();
        int width = 0;
        int lastSpace = -1;
        boolean broke = false;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            i += Character.charCount(cp);
            int w = DisplayWidth.of(cp);
            if (width + w > columns) {
                if (cp == ' ') {
                    lines.add(stripEnd(line));
                    line.setLength(0);
                    width = 0;
                    lastSpace = -1;
                    broke = true;
                    continue;
                }
                if (lastSpace > 0 && w == 1) {
                    String carry = line.substring(lastSpace + 1);
                    lines.add(stripEnd(new StringBuilder(line.substring(0, lastSpace))));
                    line.setLength(0);
                    line.append(carry);
                    width = DisplayWidth.of(carry);
                } else {
                    lines.add(stripEnd(line));
                    line.setLength(0);
                    width = 0;
                }
                lastSpace = -1;
                broke = true;
            }
            if (cp == ' ') {
                if (broke && line.length() == 0) {
                    continue; // no leading space on a continuation line
                }
                lastSpace = line.length();
            } else {
                broke = false;
            }
            line.appendCodePoint(cp);
            width += w;
        }
        lines.add(stripEnd(line));
    }

    private static String stripEnd(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }

    /** Spaces to make {@code columns} minus the width of what is already there. */
    static String spaces(int count) {
        return count <= 0 ? "" : " ".repeat(count);
    }
}
