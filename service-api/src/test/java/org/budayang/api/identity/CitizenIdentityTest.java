package org.budayang.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.budayang.api.identity.CitizenIdentity.CertType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdentityTest {
    private static final String ZHANG = "620102195803150034";
    private static final String TOKEN = "EC01A7F3kq9ZpX2mN8vR4tY6wB1cD5eH";

    @Test
    void anIdCardIdentityNormalisesTheNumberAndKeepsTheSerial() {
        CitizenIdentity id = CitizenIdentity.idCard(" 11010519491231002x ", "8A2F01");
        assertEquals(CertType.IDCARD, id.certType());
        assertEquals("11010519491231002X", id.certNo());
        assertEquals("8A2F01", id.cardSn());
        assertTrue(id.carriesIdNumber());
        assertEquals("", CitizenIdentity.idCard(ZHANG, null).cardSn());
    }

    @Test
    void aSocialSecurityCardIdentityCarriesTheCardNumber() {
        CitizenIdentity id = CitizenIdentity.socialSecurityCard(ZHANG, "A12345678");
        assertEquals(CertType.SSCARD, id.certType());
        assertEquals("A12345678", id.cardSn());
    }

    @Test
    void aTokenIsOpaqueButOfSaneLength() {
        CitizenIdentity id = CitizenIdentity.ecToken(TOKEN);
        assertEquals(CertType.ECTOKEN, id.certType());
        assertEquals(TOKEN, id.certNo());
        assertFalse(id.carriesIdNumber());
        assertEquals("32 chars, EC01…", id.maskedCertNo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has a space in the middle of it", "中文字符的电子凭证令牌不是打印ASCII字符串"})
    void refusesTokensThatAreNotTokens(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CitizenIdentity.ecToken(text));
        assertTrue(e.getMessage().contains("CitizenIdentity.certNo of ECTOKEN"), e.getMessage());
        assertTrue(e.getMessage().contains(text.length() + " characters"), e.getMessage());
        assertFalse(text.length() > 8 && e.getMessage().contains(text), "the token must not be echoed whole");
    }

    @Test
    void refusesATooLongToken() {
        String tooLong = "A".repeat(CitizenIdentity.TOKEN_MAX + 1);
        assertThrows(IllegalArgumentException.class, () -> CitizenIdentity.ecToken(tooLong));
        assertEquals(CitizenIdentity.TOKEN_MAX, CitizenIdentity.ecToken(tooLong.substring(1)).certNo().length());
    }

    @Test
    void refusesAnInvalidIdNumberNamingTheProblemMasked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CitizenIdentity.socialSecurityCard("620102195803150035", "A12345678"));
        assertTrue(e.getMessage().contains("SSCARD"), e.getMessage());
        assertTrue(e.getMessage().contains("CHECK_DIGIT"), e.getMessage());
        assertFalse(e.getMessage().contains("19580315"), "no birth date digits: " + e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CitizenIdentity.idCard("12345", ""));
    }

    @Test
    void refusesMissingPartsAndOddSerials() {
        assertThrows(IllegalArgumentException.class, () -> new CitizenIdentity(null, ZHANG, ""));
        assertThrows(IllegalArgumentException.class, () -> new CitizenIdentity(CertType.IDCARD, null, ""));
        assertThrows(IllegalArgumentException.class, () -> new CitizenIdentity(CertType.IDCARD, ZHANG, null));
        assertThrows(IllegalArgumentException.class, () -> new CitizenIdentity(CertType.ECTOKEN, TOKEN, "A1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CitizenIdentity.socialSecurityCard(ZHANG, "A1-2"));
        assertTrue(e.getMessage().contains("cardSn of SSCARD"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CitizenIdentity.idCard(ZHANG, "9".repeat(33)));
    }

    @Test
    void toStringIsMasked() {
        String text = CitizenIdentity.socialSecurityCard(ZHANG, "A12345678").toString();
        assertEquals("CitizenIdentity[SSCARD, 620102********0034, cardSn *******78]", text);
        assertFalse(CitizenIdentity.ecToken(TOKEN).toString().contains(TOKEN));
        assertTrue(CitizenIdentity.idCard(ZHANG, "").toString().endsWith("cardSn none]"));
    }
}
