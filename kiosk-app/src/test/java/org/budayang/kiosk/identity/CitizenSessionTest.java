package org.budayang.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    @Test
    void aSocialSecurityCardSessionHandsOnItsNumberAndCardNumber() {
        CitizenSession session = CitizenSession.of(TestDevices.ZHANG_SAN_CARD, Instant.EPOCH);
        org.budayang.api.identity.CitizenIdentity identity = session.identity();
        assertEquals(org.budayang.api.identity.CitizenIdentity.CertType.SSCARD, identity.certType());
        assertEquals("620102195803150034", identity.certNo());
        assertEquals("A12345678", identity.cardSn());
        assertEquals("张*", session.maskedName());
        assertEquals("620102********0034", session.maskedIdNumber());
        assertEquals(TestDevices.ZHANG_SAN_CARD, session.socialCard().orElseThrow());
        assertFalse(session.expiredOn(LocalDate.of(2026, 11, 26)));
        assertTrue(session.expiredOn(LocalDate.of(2030, 1, 11)));
        IllegalStateException refused = assertThrows(IllegalStateException.class, session::card);
        assertEquals("CitizenSession: cannot card for a session identified by SSCARD; only an IDCARD session holds"
                + " an ID card", refused.getMessage());
        assertEquals("CitizenSession[SSCARD, 620102********0034]", session.toString());
    }

    @Test
    void anEcTokenSessionCarriesTheTokenForCentralToResolve() {
        CitizenSession session = CitizenSession.ofEcToken(TestDevices.EC_TOKEN, Instant.EPOCH);
        assertEquals(org.budayang.api.identity.CitizenIdentity.CertType.ECTOKEN, session.certType());
        assertEquals(TestDevices.EC_TOKEN, session.identity().certNo());
        assertEquals("", session.identity().cardSn());
        assertEquals("", session.maskedName());
        assertFalse(session.toString().contains(TestDevices.EC_TOKEN));
        assertTrue(session.socialCard().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> CitizenSession.ofEcToken("short", Instant.EPOCH));
    }

    @Test
    void theFaceStillIsKeptInMemoryAndZeroedOnEnd() {
        CitizenSession session = new CitizenSession(ZHANG_SAN, Instant.EPOCH);
        assertFalse(session.hasFace());
        assertFalse(session.useFace(jpeg -> {
            throw new AssertionError("no still is kept: nothing is lent");
        }));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 7, 7, 7};
        session.keepFace(jpeg);
        jpeg[2] = 0;
        assertTrue(session.hasFace());
        byte[][] lent = new byte[1][];
        assertTrue(session.useFace(copy -> {
            assertEquals(7, copy[2], "the session keeps its own copy");
            lent[0] = copy;
            copy[3] = 0;
        }));
        assertArrayEquals(new byte[5], lent[0], "the lent copy is zeroed once the user returns");
        assertThrows(IllegalArgumentException.class, () -> session.useFace(copy -> {
            lent[0] = copy;
            throw new IllegalArgumentException("the user failed");
        }));
        assertArrayEquals(new byte[5], lent[0], "zeroed when the user throws too");
        session.useFace(copy -> assertEquals(7, copy[3], "a user's change does not reach the kept still"));
        session.end();
        assertTrue(session.isWiped());
        assertThrows(IllegalStateException.class, session::hasFace);
        assertThrows(IllegalStateException.class, () -> session.useFace(copy -> { }));
        assertThrows(IllegalStateException.class, () -> session.keepFace(new byte[] {1}));
    }
}
