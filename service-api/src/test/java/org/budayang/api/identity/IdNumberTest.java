package org.budayang.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    @Test
    void acceptsTheStandardTestVectors() {
        IdNumber beijing = IdNumber.parse("11010519491231002X");
        assertEquals(LocalDate.of(1949, 12, 31), beijing.birthDate());
        assertFalse(beijing.isMale());
        IdNumber old = IdNumber.parse("440524188001010014");
        assertTrue(old.isMale());
        assertEquals("440524", old.regionCode());
    }

    @Test
    void lowerCaseXAndSpacesAreAccepted() {
        assertEquals("11010519491231002X", IdNumber.parse(" 11010519491231002x ").value());
    }

    @ParameterizedTest
    @CsvSource({
        "'', EMPTY",
        "1101051949123100, LENGTH",
        "11010519491231002XX, LENGTH",
        "1101051949A231002X, CHARACTERS",
        "11010519491231002Y, CHARACTERS",
        "110105194902300021, BIRTH_DATE",
        "110105194912310021, CHECK_DIGIT",
        "620102195803150035, CHECK_DIGIT"
    })
    void namesTheProblem(String text, IdNumber.Problem expected) {
        IdNumber.InvalidIdNumberException e = assertThrows(IdNumber.InvalidIdNumberException.class,
                () -> IdNumber.parse(text));
        assertEquals(expected, e.problem());
        assertFalse(e.getMessage().contains(text.length() >= 15 ? text.substring(6, 14) : "\u0000"),
                "the message must not carry the birth-date digits: " + e.getMessage());
        assertFalse(e.problem().citizenMessage().isBlank());
    }

    @Test
    void masksForLogs() {
        assertEquals("620102********0034", IdNumber.mask("620102195803150034"));
        assertEquals("620102********0034", IdNumber.parse("620102195803150034").toString());
        assertEquals("***45", IdNumber.mask("12345"));
    }

    @Test
    void ageCountsWholeYears() {
        IdNumber zhang = IdNumber.parse("620102195803150034");
        assertEquals(67, zhang.ageOn(LocalDate.of(2026, 3, 14)));
        assertEquals(68, zhang.ageOn(LocalDate.of(2026, 3, 15)));
    }
}
