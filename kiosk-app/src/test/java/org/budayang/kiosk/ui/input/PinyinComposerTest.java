package org.budayang.kiosk.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The keyboard's view model without the toolkit. */
class PinyinComposerTest {
    private final PinyinComposer composer = new PinyinComposer(EditorFxTest.DICTIONARY, 10, InputTexts.chinese());

    private void type(String letters) {
        for (char c : letters.toCharArray()) {
            assertTrue(composer.letter(c), "letter " + c + " after " + composer.letters().get());
        }
    }

    @Test
    void phrasesComeBeforeTheFirstSyllablesCharactersAndUseUpTheirSyllables() {
        type("lanzhoushi");
        assertEquals(new Candidate("兰州市", 3), composer.candidates().get(0));
        assertTrue(composer.candidates().contains(new Candidate("兰州", 2)));
        assertTrue(composer.candidates().contains(new Candidate("兰", 1)));
        composer.pick(new Candidate("兰州", 2));
        assertEquals("兰州", composer.text().get());
        assertEquals("shi", composer.letters().get());
        assertEquals("是", composer.candidates().get(0).text());
    }

    @Test
    void anUnfinishedSyllableOffersTheCharactersOfItsCompletions() {
        type("zh");
        assertTrue(composer.candidates().stream().anyMatch(c -> c.text().equals("中")));
        assertTrue(composer.candidates().stream().anyMatch(c -> c.text().equals("这")));
        composer.pick(composer.candidates().get(0));
        assertEquals("", composer.letters().get());
        assertEquals(1, composer.text().get().length());
    }

    @Test
    void refusesWhatIsNotPinyinAndForeignCandidates() {
        assertFalse(composer.letter('v'), "no syllable starts with v");
        assertEquals("", composer.letters().get());
        type("zhou");
        assertFalse(composer.accepts('v'), "zhouv reads as no pinyin");
        assertTrue(composer.accepts('s'));
        assertFalse(composer.digit(1), "no digits while pinyin is pending");
        assertThrows(IllegalArgumentException.class, () -> composer.pick(new Candidate("兰", 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> composer.letter('1'));
        assertTrue(e.getMessage().contains("'1'"), e.getMessage());
    }

    @Test
    void pagesFollowThePageSize() {
        composer.pageSize().set(5);
        type("shi");
        assertEquals(5, composer.page().size());
        assertTrue(composer.hasNextPage());
        assertFalse(composer.hasPreviousPage());
        composer.nextPage();
        assertEquals(composer.candidates().get(5), composer.page().get(0));
        composer.pageSize().set(8);
        assertEquals(0, composer.pageIndex().get());
        assertEquals(8, composer.page().size());
    }
}
