package org.budayang.driver.sscard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SocialSecurityCardTest {

    @Test
    void toStringMasksTheHolderAndExpiryIsByDay() {
        SocialSecurityCard card = new SocialSecurityCard("620100D156000005", "3.00", "A12345678",
                LocalDate.of(2021, 3, 1), LocalDate.of(2031, 3, 1), "11010519491231002X", "王小明",
                Optional.of("1"), Optional.of("01"));
        String shown = card.toString();
        assertFalse(shown.contains("11010519491231002X") || shown.contains("王小明") || shown.contains("A12345678"),
                shown);
        assertTrue(shown.contains("110105********002X"), shown);
        assertFalse(card.isExpiredOn(LocalDate.of(2031, 3, 1)));
        assertTrue(card.isExpiredOn(LocalDate.of(2031, 3, 2)));
        assertThrows(IllegalArgumentException.class, () -> new SocialSecurityCard("c", "3.00", "A1",
                LocalDate.of(2021, 3, 1), LocalDate.of(2031, 3, 1), "11010519491231002X", " ",
                Optional.empty(), Optional.empty()));
    }
}
