package org.budayang.driver.idcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "620102195803150034", "620103196512080049",
            "622901194402200015", "623001198807110026", "620105200102030059", "620102193501010010"})
    void acceptsTheDomainVectorsAndTheDemoCitizens(String id) {
        assertEquals(Optional.empty(), IdNumbers.problem(id));
        assertEquals(id.charAt(17), IdNumbers.checkCharacter(id));
    }

    @Test
    void namesEachProblemWithoutShowingTheNumber() {
        assertEquals("the ID number 620102*******5035 has 17 characters; expected 18",
                IdNumbers.problem("62010219580315035").orElseThrow());
        assertEquals("the ID number 620102********0035 fails the GB 11643 check (MOD 11-2)",
                IdNumbers.problem("620102195803150035").orElseThrow());
        assertEquals("the ID number 620102********0034 has no valid birth date in positions 7-14",
                IdNumbers.problem("620102195802300034").orElseThrow());
        assertEquals("the ID number 62010A********0034 has a non-digit at position 6; expected 17 digits and a check"
                + " character", IdNumbers.problem("62010A195803150034").orElseThrow());
        assertTrue(IdNumbers.problem("11010518791231002X").orElseThrow().contains("before 1880"));
        assertEquals("the ID number is empty", IdNumbers.problem("").orElseThrow());
        assertFalse(IdNumbers.isValid("11010519491231002x"), "lower-case x is not what a card holds");
    }

    @Test
    void neverRejectsAnUnknownRegionCode() {
        String seventeen = "99999919800101001";
        String id = seventeen + IdNumbers.checkCharacter(seventeen);
        assertTrue(IdNumbers.isValid(id));
    }

    @Test
    void birthDateAndSex() {
        assertEquals(Optional.of(LocalDate.of(1949, 12, 31)), IdNumbers.birthDateOf("11010519491231002X"));
        assertFalse(IdNumbers.isMaleSequence("11010519491231002X"));
        assertTrue(IdNumbers.isMaleSequence("620102195803150034"));
    }

    @Test
    void masksFirstSixAndLastFour() {
        assertEquals("620102********0034", IdNumbers.mask("620102195803150034"));
        assertEquals("********34", IdNumbers.mask("1234567834"));
        assertEquals("null", IdNumbers.mask(null));
    }
}
