package org.budayang.central.console.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The region range the kiosk list filters on: every 12-digit code below a prefix, and nothing beside it. */
class StatusSqlTest {
    @Test
    void aRegionPrefixSpansTheTwelveDigitCodesBelowIt() {
        assertEquals(List.of("620102000000", "620102999999"), StatusSql.regionRange("620102"));
        assertEquals(List.of("620000000000", "629999999999"), StatusSql.regionRange("62"));
        assertEquals(List.of("620102001000", "620102001999"), StatusSql.regionRange("620102001"));
        assertEquals(List.of("620102001001", "620102001001"), StatusSql.regionRange("620102001001"));
        List<Object> county = StatusSql.regionRange(KioskFilter.prefixOf("620102000000"));
        for (String inside : new String[] {"620102000000", "620102001001", "620102999999"}) {
            assertTrue(inside.compareTo((String) county.get(0)) >= 0 && inside.compareTo((String) county.get(1)) <= 0,
                    inside);
        }
        for (String outside : new String[] {"620101999999", "620103000000", "622901000000"}) {
            assertTrue(outside.compareTo((String) county.get(0)) < 0 || outside.compareTo((String) county.get(1)) > 0,
                    outside);
        }
    }

    @Test
    void aPrefixThatIsNotDigitsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StatusSql.regionRange("62%"));
        assertTrue(e.getMessage().contains("'62%'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StatusSql.regionRange("6201020010011"));
    }
}
