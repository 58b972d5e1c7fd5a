package org.budayang.driver.idcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NationTest {

    @Test
    void hasTheFiftySixCodesInOrderAndNinetySevenNinetyEight() {
        assertEquals(58, Nation.values().length);
        for (int i = 1; i <= 56; i++) {
            Nation nation = Nation.values()[i - 1];
            assertEquals(String.format("%02d", i), nation.code());
            assertEquals(nation.cardName() + "族", nation.fullName());
        }
        assertEquals(Optional.of(Nation.OTHER), Nation.ofCode("97"));
        assertEquals(Optional.of(Nation.FOREIGN_ORIGIN), Nation.ofCode("98"));
        Set<String> names = new HashSet<>();
        for (Nation nation : Nation.values()) {
            assertTrue(names.add(nation.cardName()), nation + " repeats a name");
        }
    }

    @Test
    void knownNamesMatchGb3304() {
        assertEquals("汉", Nation.ofCode("01").orElseThrow().cardName());
        assertEquals("回", Nation.ofCode("03").orElseThrow().cardName());
        assertEquals("藏", Nation.ofCode("04").orElseThrow().cardName());
        assertEquals("东乡", Nation.ofCode("26").orElseThrow().cardName());
        assertEquals("保安", Nation.ofCode("47").orElseThrow().cardName());
        assertEquals("裕固", Nation.ofCode("48").orElseThrow().cardName());
        assertEquals("基诺", Nation.ofCode("56").orElseThrow().cardName());
        assertEquals(Optional.empty(), Nation.ofCode("57"));
        assertEquals(Optional.empty(), Nation.ofCode("1"));
        assertEquals(Optional.empty(), Nation.ofCode("00"));
    }
}
