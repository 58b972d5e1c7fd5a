package org.budayang.driver.idcardsam.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.budayang.driver.idcard.IdCard;
import org.junit.jupiter.api.Test;

class EmulatorConsoleTest {

    @Test
    void placesListsAndRemovesCardsShowingOnlyMaskedData() throws IOException {
        ReaderEmulator emulator = ReaderEmulator.withDemoCards(3);
        StringWriter text = new StringWriter();
        new EmulatorConsole(emulator, new PrintWriter(text)).run(new BufferedReader(new StringReader(
                "cards\nplace 1\nplace 99\nslow x\nsilent maybe\nremove\nquit\nplace 2\n")));
        String out = text.toString();
        assertTrue(out.contains("  1  张*  620102********0034  valid to 2035-04-01"), out);
        assertTrue(out.contains("  5  王*明  620105********0059  valid to 2022-02-03  (expired)"), out);
        assertTrue(out.contains("  3  马*祥  622901********0015  长期"), out);
        assertTrue(out.contains("card 1 placed: 张* 620102********0034"), out);
        assertTrue(out.contains("card number 99 is outside 1..9"), out);
        assertTrue(out.contains("slow needs milliseconds (0 to 60000), got 'x'"), out);
        assertTrue(out.contains("silent needs on or off, got 'maybe'"), out);
        assertFalse(out.contains("张三"), out);
        assertFalse(out.contains("620102195803150034"), out);
        assertTrue(emulator.card().isEmpty(), "remove ran and quit stopped before 'place 2'");
    }

    @Test
    void generatedCardsAreValidDistinctGansuCards() {
        List<IdCard> cards = GeneratedCards.generate(300, 11, LocalDate.of(2026, 6, 1));
        Set<String> ids = new HashSet<>();
        for (IdCard card : cards) {
            assertTrue(card.idNumber().startsWith("62"), card.maskedIdNumber());
            ids.add(card.idNumber());
        }
        assertTrue(ids.size() > 290, ids.size() + " distinct numbers");
        assertEquals(cards, GeneratedCards.generate(300, 11, LocalDate.of(2026, 6, 1)));
    }
}
