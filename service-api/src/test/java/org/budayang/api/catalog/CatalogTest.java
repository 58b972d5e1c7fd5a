package org.budayang.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");
    private final ServiceItem hukou = Samples.item();
    private final ServiceItem traffic = Samples.windowedItem();
    private final ServiceItem tax = Samples.item("GG00021001", "620102-SW01-GG00021001", "个人所得税《纳税记录》开具",
            Department.TAX);

    @Test
    void refusesTheSameImplementationCodeTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Catalog("v1", NOW, List.of(hukou, traffic, Samples.item())));
        assertEquals("Catalog v1 lists implementation code " + Samples.IMPLEMENTATION + " twice", e.getMessage());
    }

    @Test
    void theSameBasicCodeMayBeImplementedInTwoRegions() {
        ServiceItem elsewhere = Samples.item(Samples.BASIC, "620103-GA01-" + Samples.BASIC, "户籍证明开具",
                Department.PUBLIC_SECURITY);
        assertEquals(2, new Catalog("v1", NOW, List.of(hukou, elsewhere)).items().size());
    }

    @Test
    void needsAVersionAndAPublicationTime() {
        assertEquals("Catalog.version must not be blank",
                assertThrows(IllegalArgumentException.class, () -> new Catalog(" ", NOW, List.of())).getMessage());
        assertEquals("Catalog.publishedAt is required",
                assertThrows(IllegalArgumentException.class, () -> new Catalog("v1", null, List.of())).getMessage());
        assertEquals("Catalog.items is required",
                assertThrows(IllegalArgumentException.class, () -> new Catalog("v1", NOW, null)).getMessage());
    }

    @Test
    void groupsFindsAndSearchesItems() {
        Catalog catalog = new Catalog("v1", NOW, List.of(hukou, traffic, tax));
        assertEquals(List.of(hukou, traffic), catalog.byDepartment(Department.PUBLIC_SECURITY));
        assertEquals(List.of(), catalog.byDepartment(Department.MEDICAL_INSURANCE));
        assertEquals(Optional.of(tax), catalog.find("620102-SW01-GG00021001"));
        assertEquals(Optional.empty(), catalog.find("620102-SW01-GG00021002"));
        assertEquals(List.of(tax), catalog.search("纳税"));
        assertEquals(List.of(traffic), catalog.search("违章"));
        assertEquals(List.of(hukou), catalog.search(Samples.BASIC));
        assertTrue(catalog.search("").isEmpty());
    }
}
