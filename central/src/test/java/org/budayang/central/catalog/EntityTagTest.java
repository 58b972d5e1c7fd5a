package org.budayang.central.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagTest {
    private final EntityTag tag = new EntityTag("a93098bc180ec13d");

    @Test
    void isQuotedInTheHeader() {
        assertEquals("\"a93098bc180ec13d\"", tag.header());
    }

    @Test
    void matchesItselfAListAWeakFormAndTheWildcard() {
        assertTrue(tag.matchedBy("\"a93098bc180ec13d\""));
        assertTrue(tag.matchedBy("\"x\", \"a93098bc180ec13d\""));
        assertTrue(tag.matchedBy("W/\"a93098bc180ec13d\""));
        assertTrue(tag.matchedBy("*"));
    }

    @Test
    void doesNotMatchOtherTagsUnquotedTagsOrNothing() {
        assertFalse(tag.matchedBy(null));
        assertFalse(tag.matchedBy(""));
        assertFalse(tag.matchedBy("\"a93098bc180ec13e\""));
        assertFalse(tag.matchedBy("a93098bc180ec13d"));
        assertFalse(tag.matchedBy("\"a93098bc180ec13d-TAX\""));
    }

    @Test
    void refusesCharactersAnEtagCannotCarry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EntityTag("a\"b"));
        assertTrue(e.getMessage().contains("'a\"b'"), e.getMessage());
    }
}
