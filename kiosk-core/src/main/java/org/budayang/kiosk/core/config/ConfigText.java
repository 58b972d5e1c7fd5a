package org.budayang.kiosk.core.config;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The text of a properties file, edited line by line: {@link #edit} makes a text hold exactly the given values while
 * keeping its comments, blank lines, the order of its keys and the very text of every line whose value does not
 * change. Lines are the logical lines of {@link Properties#load(java.io.Reader)} (a line ending in an odd number of
 * backslashes goes on), and a line's key is what {@code Properties} reads from it, escapes included.
 */
final class ConfigText {
    private ConfigText() {
    }

    /** The key/value pairs of {@code text} in file order, exactly as {@link Properties} reads them. */
    static Map<String, String> parse(String text) throws IOException {
        Map<String, String> ordered = new LinkedHashMap<>();
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                ordered.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        properties.load(new StringReader(text));
        return ordered;
    }

    /**
     * {@code text} changed to hold {@code values}: a line whose key is not in {@code values} goes, a line whose value
     * differs is written anew ({@code key=value}, escaped), a repeated key keeps its first line only, and keys the
     * text lacks are added at the end in {@code values}' order. Comment lines for which {@code drop} holds go too.
     *
     * @return the new text, every line ended by {@code \n}
     */
    static String edit(String text, Map<String, String> values, Predicate<String> drop) {
        StringBuilder out = new StringBuilder();
        Set<String> written = new HashSet<>();
        for (String line : logicalLines(text)) {
            if (isBlankOrComment(line)) {
                if (!drop.test(line)) {
                    out.append(line).append('\n');
                }
                continue;
            }
            Map.Entry<String, String> entry = entryOf(line);
            String key = entry.getKey();
            if (!values.containsKey(key) || !written.add(key)) {
                continue;
            }
            out.append(entry.getValue().equals(values.get(key)) ? line : line(key, values.get(key))).append('\n');
        }
        values.forEach((key, value) -> {
            if (!written.contains(key)) {
                out.append(line(key, value)).append('\n');
            }
        });
        return out.toString();
    }

    /** {@code key=value}, escaped so that {@link Properties} reads back the same key and value. */
    static String line(String key, String value) {
        return escape(key, true) + "=" + escape(value, false);
    }

    static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append(key ? "\\" + c : String.valueOf(c));
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The logical lines of {@code text}, each with its continuation lines and without the last line end. */
    static List<String> logicalLines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = null;
        for (String natural : text.split("\r\n|\r|\n", -1)) {
            if (current == null) {
                if (isBlankOrComment(natural)) {
                    lines.add(natural);
                    continue;
                }
                current = new StringBuilder(natural);
            } else {
                current.append('\n').append(natural);
            }
            if (!continues(natural)) {
                lines.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            lines.add(current.toString());
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static boolean continues(String natural) {
        int backslashes = 0;
        for (int i = natural.length() - 1; i >= 0 && natural.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean isBlankOrComment(String natural) {
        for (int i = 0; i < natural.length(); i++) {
            char c = natural.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f') {
                return c == '#' || c == '!';
            }
        }
        return true;
    }

    private static Map.Entry<String, String> entryOf(String logicalLine) {
        try {
            Map<String, String> one = parse(logicalLine);
            return one.entrySet().iterator().next();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
    }
}
