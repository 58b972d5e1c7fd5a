package org.budayang.central.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.budayang.central.console.data.KioskFilter;
import org.budayang.central.console.web.Html;
import org.junit.jupiter.api.Test;

/** Settings, filters, roles and escaping: the values and the messages that name them. */
class ConsoleUnitsTest {
    @Test
    void settingsComeFromTheConsoleSectionAndNameABadKey() {
        ConsoleSettings settings = ConsoleSettings.from(Map.of("idleTimeout", "PT5M", "lockAfterFailures", "3"));
        assertEquals(Duration.ofMinutes(5), settings.idleTimeout());
        assertEquals(3, settings.maxFailures());
        assertEquals(Duration.ofHours(8), settings.absoluteTimeout());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ConsoleSettings.from(Map.of("idleTimout", "PT5M")));
        assertTrue(unknown.getMessage().contains("console.idleTimout") && unknown.getMessage().contains(
                "console.idleTimeout"), unknown.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ConsoleSettings.from(Map.of("idleTimeout", "15 minutes")));
        assertTrue(bad.getMessage().contains("'15 minutes'") && bad.getMessage().contains("PT15M"), bad.getMessage());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> ConsoleSettings.from(Map.of("idleTimeout", "PT9H")));
        assertTrue(order.getMessage().contains("shorter than idleTimeout"), order.getMessage());
    }

    @Test
    void regionFiltersMatchEverythingBelowTheRegion() {
        assertEquals("62", KioskFilter.prefixOf("620000"));
        assertEquals("6201", KioskFilter.prefixOf("620100"));
        assertEquals("620102", KioskFilter.prefixOf("620102000000"));
        assertEquals("620102001", KioskFilter.prefixOf("620102001000"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> new KioskFilter(
                KioskFilter.Show.ALL, Optional.of("62010"), Optional.empty(), 1, 50));
        assertTrue(bad.getMessage().contains("'62010'"), bad.getMessage());
        assertEquals(KioskFilter.Show.PAPER_OUT, KioskFilter.Show.parse("paper-out"));
    }

    @Test
    void rolesIncludeTheOnesBelow() {
        assertTrue(Role.ADMIN.includes(Role.OPERATOR) && Role.OPERATOR.includes(Role.VIEWER));
        assertTrue(!Role.VIEWER.includes(Role.OPERATOR) && !Role.OPERATOR.includes(Role.ADMIN));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Role.parse("root"));
        assertTrue(bad.getMessage().contains("'root'") && bad.getMessage().contains("viewer, operator, admin"));
    }

    @Test
    void escapingCoversTextAndAttributes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Html.esc("<a href=\"x\" title='y'>&"));
        assertEquals("\uFFFD", Html.esc("\u0000"));
        assertEquals("3分12秒", Html.duration(Duration.ofSeconds(192)));
        assertEquals("KSK-620102-0001", Html.segment("KSK-620102-0001"));
        assertEquals("a%2Fb%3F", Html.segment("a/b?"));
    }
}
