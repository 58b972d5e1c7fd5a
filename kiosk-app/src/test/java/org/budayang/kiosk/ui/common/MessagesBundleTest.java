package org.budayang.kiosk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.TreeSet;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.MaterialForm;
import org.budayang.kiosk.availability.Reason;
import org.budayang.kiosk.catalog.CatalogOrigin;
import org.junit.jupiter.api.Test;

/** The three bundles hold the same keys; every enum the screens show has its texts. */
class MessagesBundleTest {

    private static Properties file(String name) throws IOException {
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/org/budayang/kiosk/i18n/" + name)) {
            if (in == null) {
                throw new IOException("bundle file " + name + " is missing");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void zhCnAndEnHaveExactlyTheSameKeys() throws IOException {
        TreeSet<String> zh = new TreeSet<>(file("messages_zh_CN.properties").stringPropertyNames());
        TreeSet<String> en = new TreeSet<>(file("messages_en.properties").stringPropertyNames());
        TreeSet<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        TreeSet<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(new TreeSet<>(), onlyZh, "keys missing in messages_en.properties");
        assertEquals(new TreeSet<>(), onlyEn, "keys missing in messages_zh_CN.properties");
    }

    @Test
    void theDefaultBundleIsTheChineseOne() throws IOException {
        Properties base = file("messages.properties");
        Properties zh = file("messages_zh_CN.properties");
        assertEquals(zh, base, "messages.properties must equal messages_zh_CN.properties");
    }

    @Test
    void everyShownEnumHasItsText() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages m = Messages.load(locale);
            List<String> missing = new ArrayList<>();
            for (Reason r : Reason.values()) {
                check(m, r.bundleKey(), missing);
            }
            for (Department d : Department.values()) {
                check(m, "department." + d.name(), missing);
            }
            for (DeviceRole d : DeviceRole.values()) {
                check(m, "device." + d.name(), missing);
            }
            for (MaterialForm f : MaterialForm.values()) {
                check(m, "material.form." + f.name(), missing);
            }
            for (CatalogOrigin o : CatalogOrigin.values()) {
                check(m, "tech.origin." + o.name(), missing);
            }
            assertEquals(List.of(), missing, "missing texts for " + locale);
        }
    }

    private static void check(Messages m, String key, List<String> missing) {
        if (!m.has(key)) {
            missing.add(key);
        }
    }

    @Test
    void everyPatternParses() throws IOException {
        for (String name : List.of("messages_zh_CN.properties", "messages_en.properties")) {
            Properties p = file(name);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (value.contains("{0")) {
                    // numbers, so that choice patterns (English plurals) are exercised too
                    String formatted = new MessageFormat(value).format(new Object[] {7, 8});
                    assertTrue(formatted.contains("7"), name + " " + key + " loses its argument: " + formatted);
                    assertTrue(!value.contains("{1") || formatted.contains("8"), name + " " + key + ": " + formatted);
                }
            }
        }
    }

    @Test
    void aMissingKeyNamesTheKeyAndTheFix() {
        MissingResourceException e = assertThrows(MissingResourceException.class,
                () -> Messages.load(Locale.SIMPLIFIED_CHINESE).get("no.such.key"));
        assertTrue(e.getMessage().startsWith("No text for key 'no.such.key'"), e.getMessage());
    }

    @Test
    void englishIsReallyEnglish() {
        assertEquals("Back", Messages.load(Locale.ENGLISH).get("common.back"));
        assertEquals("返回", Messages.load(Locale.SIMPLIFIED_CHINESE).get("common.back"));
    }
}
