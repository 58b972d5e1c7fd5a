package org.budayang.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MaterialTest {
    @Test
    void stripsTextAndTurnsAMissingNoteIntoEmpty() {
        Material material = new Material("  居民身份证 ", MaterialForm.ORIGINAL, 1, true, false, null);
        assertEquals("居民身份证", material.name());
        assertEquals("", material.note());
        assertEquals("可容缺", new Material("户口簿", MaterialForm.COPY, 2, false, true, " 可容缺 ").note());
    }

    @Test
    void aBlankNameIsRefused() {
        assertEquals("Material.name must not be blank",
                assertThrows(IllegalArgumentException.class,
                        () -> new Material(" ", MaterialForm.ORIGINAL, 1, true, false, "")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Material(null, MaterialForm.ORIGINAL, 1, true, false, ""));
    }

    @Test
    void theFormIsRequiredAndNamesTheMaterial() {
        assertEquals("Material.form of '户口簿' is required",
                assertThrows(IllegalArgumentException.class,
                        () -> new Material("户口簿", null, 1, true, false, "")).getMessage());
    }

    @Test
    void copiesMustBeOneToTwenty() {
        assertEquals("Material.copies of '户口簿': 0 is out of range; expected 1..20",
                assertThrows(IllegalArgumentException.class,
                        () -> new Material("户口簿", MaterialForm.COPY, 0, true, false, "")).getMessage());
        assertEquals("Material.copies of '户口簿': 21 is out of range; expected 1..20",
                assertThrows(IllegalArgumentException.class,
                        () -> new Material("户口簿", MaterialForm.COPY, 21, true, false, "")).getMessage());
        assertEquals(20, new Material("户口簿", MaterialForm.COPY, 20, true, false, "").copies());
    }
}
