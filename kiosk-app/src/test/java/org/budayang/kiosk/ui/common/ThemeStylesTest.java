package org.budayang.kiosk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks the colours and sizes the theme style sheets really declare: every text/background pair
 * the screens use against the WCAG contrast ratio (standard ≥ 4.5:1, 长者模式 ≥ 7:1), type 1.5× larger
 * and touch targets ≥ 60 / ≥ 80 px.
 */
class ThemeStylesTest {
    /** Text colour on background colour, as kiosk.css combines them. */
    private static final List<String[]> PAIRS = List.of(
            pair("text", "bg"), pair("text", "surface"), pair("muted", "bg"), pair("muted", "surface"),
            pair("primary", "surface"), pair("primary", "bg"), pair("on-primary", "primary"),
            pair("on-primary", "primary-pressed"), pair("on-header", "header-bg"), pair("ok", "surface"),
            pair("ok", "bg"), pair("bad", "surface"), pair("bad", "bg"), pair("bad", "bad-bg"),
            pair("badge-text", "badge-bg"), pair("disabled-text", "disabled-bg"), pair("on-attract", "attract-bg"),
            pair("on-selected", "selected-bg"), pair("text", "disabled-bg"));

    private static String[] pair(String fg, String bg) {
        return new String[] {fg, bg};
    }

    private static String css(String name) throws IOException {
        try (InputStream in = ThemeStylesTest.class.getResourceAsStream("/org/budayang/kiosk/css/" + name)) {
            if (in == null) {
                throw new IOException("style sheet " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> colours(String css) {
        Map<String, String> map = new HashMap<>();
        Matcher m = Pattern.compile("-k-([a-z-]+):\\s*(#[0-9A-Fa-f]{6})\\s*;").matcher(css);
        while (m.find()) {
            map.put(m.group(1), m.group(2));
        }
        return map;
    }

    private static List<String> contrastFailures(String sheet, double minimum) throws IOException {
        Map<String, String> c = colours(css(sheet));
        List<String> failures = new ArrayList<>();
        for (String[] p : PAIRS) {
            String fg = c.get(p[0]);
            String bg = c.get(p[1]);
            if (fg == null || bg == null) {
                failures.add(sheet + " does not define -k-" + (fg == null ? p[0] : p[1]));
                continue;
            }
            double ratio = ContrastRatio.of(fg, bg);
            if (ratio < minimum) {
                failures.add(String.format("%s: -k-%s %s on -k-%s %s is %.2f:1, below %.1f:1", sheet, p[0], fg,
                        p[1], bg, ratio, minimum));
            }
        }
        return failures;
    }

    @Test
    void wcagFormulaMatchesKnownValues() {
        assertEquals(21.0, ContrastRatio.of("#000000", "#FFFFFF"), 1e-9);
        assertEquals(1.0, ContrastRatio.of("#777777", "#777777"), 1e-9);
        assertEquals(4.48, ContrastRatio.of("#777777", "#FFFFFF"), 0.01);
    }

    @Test
    void elderThemeContrastIsAtLeastSevenToOne() throws IOException {
        assertEquals(List.of(), contrastFailures("theme-elder.css", 7.0));
    }

    @Test
    void standardThemeContrastIsAtLeastFourAndAHalfToOne() throws IOException {
        assertEquals(List.of(), contrastFailures("theme-standard.css", 4.5));
    }

    @Test
    void layoutSheetUsesOnlyTheThemesColours() throws IOException {
        String kiosk = css("kiosk.css");
        assertFalse(Pattern.compile("#[0-9A-Fa-f]{3,8}\\b").matcher(kiosk).find(), "a colour literal in kiosk.css");
        assertFalse(kiosk.contains("rgb("), "an rgb() literal in kiosk.css");
        Matcher used = Pattern.compile("-k-[a-z-]+").matcher(kiosk);
        Map<String, String> standard = colours(css("theme-standard.css"));
        Map<String, String> elder = colours(css("theme-elder.css"));
        while (used.find()) {
            String name = used.group().substring(3);
            if (!name.equals("scrim")) {
                assertTrue(standard.containsKey(name), "theme-standard.css lacks -k-" + name);
                assertTrue(elder.containsKey(name), "theme-elder.css lacks -k-" + name);
            }
        }
    }

    private static double px(String css, String selectorStart, String property) {
        int at = css.indexOf(selectorStart);
        assertTrue(at >= 0, "no rule " + selectorStart);
        String block = css.substring(at, css.indexOf('}', at));
        Matcher m = Pattern.compile(Pattern.quote(property) + ":\\s*(\\d+)px").matcher(block);
        assertTrue(m.find(), selectorStart + " has no " + property + " in px");
        return Double.parseDouble(m.group(1));
    }

    @Test
    void elderTypeIsOneAndAHalfTimesLargerAndTargetsAreBigger() throws IOException {
        String standard = css("theme-standard.css");
        String elder = css("theme-elder.css");
        assertTrue(px(elder, ".root", "-fx-font-size") >= 1.5 * px(standard, ".root", "-fx-font-size"));
        assertTrue(px(standard, ".kiosk-button,", "-fx-min-height") >= 60);
        assertTrue(px(elder, ".kiosk-button,", "-fx-min-height") >= 80);
        assertTrue(px(elder, ".pin-key", "-fx-min-height") >= 80);
        assertTrue(px(elder, ".header-title", "-fx-font-size") >= px(standard, ".header-title", "-fx-font-size"));
    }
}
