package org.budayang.central.console.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The console's only way to put values into HTML: {@link #esc} escapes {@code & < > " '} so a value is text in
 * element content and in quoted attributes alike. Page code passes every value through it; literal markup is
 * written only as constants.
 */
public final class Html {
    /** Times are shown in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private Html() {
    }

    /** The value as HTML text; null as the empty string. */
    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A URL path segment: letters, digits, '-', '_' and '.' kept, everything else percent-encoded, then escaped. */
    public static String segment(String value) {
        return esc(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }

    public static String time(Instant instant) {
        return instant == null ? "—" : esc(TIME.format(instant));
    }

    public static String time(Optional<Instant> instant) {
        return instant.map(Html::time).orElse("—");
    }

    /** 2小时5分, 3分12秒, 45秒. */
    public static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds >= 86_400) {
            return (seconds / 86_400) + "天" + (seconds % 86_400 / 3600) + "小时";
        }
        if (seconds >= 3600) {
            return (seconds / 3600) + "小时" + (seconds % 3600 / 60) + "分";
        }
        if (seconds >= 60) {
            return (seconds / 60) + "分" + (seconds % 60) + "秒";
        }
        return seconds + "秒";
    }

    /** A table cell. */
    public static String td(Object value) {
        return "<td>" + esc(value) + "</td>";
    }

    /** A table cell of markup already built from escaped parts. */
    public static String tdRaw(String markup) {
        return "<td>" + markup + "</td>";
    }

    /** A header row from labels. */
    public static String headerRow(String... labels) {
        StringBuilder row = new StringBuilder("<tr>");
        for (String label : labels) {
            row.append("<th>").append(esc(label)).append("</th>");
        }
        return row.append("</tr>").toString();
    }

    /** The 暂无数据 notice with the reason. */
    public static String noData(String why) {
        return "<p class=\"nodata\">暂无数据" + (why == null || why.isBlank() ? "" : "：" + esc(why)) + "</p>";
    }

    /** A POST form with the CSRF token and one button; {@code action} must already be a safe console path. */
    public static String postButton(String action, String csrf, String label, String css) {
        return "<form method=\"post\" action=\"" + esc(action) + "\" class=\"inline\"><input type=\"hidden\" "
                + "name=\"_csrf\" value=\"" + esc(csrf) + "\"><button type=\"submit\" class=\"" + esc(css) + "\">"
                + esc(label) + "</button></form>";
    }
}
