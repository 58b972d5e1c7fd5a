package org.budayang.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.budayang.driver.idcard.IdCard;
import org.budayang.driver.idcardsam.emulator.DemoCards;
import org.junit.jupiter.api.Test;

class CitizenSessionTest {
    private static final IdCard ZHANG_SAN = DemoCards.all().get(0);

    @Test
    void holdsTheCardMaskedForScreensAndForgetsItOnEnd() {
        CitizenSession session = new CitizenSession(ZHANG_SAN, Instant.parse("2026-11-26T02:30:00Z"));
        assertEquals(CitizenSession.State.ACTIVE, session.state());
        assertEquals("张*", session.maskedName());
        assertEquals("620102********0034", session.maskedIdNumber());
        assertEquals(ZHANG_SAN, session.card());
        assertFalse(session.expiredOn(LocalDate.of(2026, 11, 26)));
        assertEquals("CitizenSession[张*, 620102********0034]", session.toString());
        assertFalse(session.toString().contains("620102195803150034"));

        session.end();
        assertTrue(session.isWiped());
        assertEquals("CitizenSession[ENDED]", session.toString());
        IllegalStateException refused = assertThrows(IllegalStateException.class, session::card);
        assertEquals("CitizenSession: cannot card while ENDED; the session was ended and the card data wiped",
                refused.getMessage());
        assertThrows(IllegalStateException.class, session::maskedName);
        session.end();
        assertTrue(session.isWiped(), "ending twice changes nothing");
    }

    @Test
    void refusesAMissingCard() {
        NullPointerException refused = assertThrows(NullPointerException.class,
                () -> new CitizenSession(null, Instant.EPOCH));
        assertEquals("CitizenSession.card is required", refused.getMessage());
    }
}
