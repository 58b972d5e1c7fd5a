package org.budayang.api.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The 医保电子凭证 records never show the token or the ID number whole. */
class EcTokenRecordsTest {
    private static final String TOKEN = "BDYEC1DEMO0001" + "0".repeat(46) + "DEMO";

    @Test
    void theRequestKeepsTheTokenAndShowsItMasked() {
        EcTokenRequest request = new EcTokenRequest(TOKEN);
        assertEquals(TOKEN, request.token());
        assertFalse(request.toString().contains(TOKEN), request.toString());
        assertThrows(IllegalArgumentException.class, () -> new EcTokenRequest("short"));
        assertThrows(IllegalArgumentException.class, () -> new EcTokenRequest(TOKEN + " x"));
        assertThrows(IllegalArgumentException.class, () -> new EcTokenRequest(null));
    }

    @Test
    void theResultValidatesTheNumberAndMasksIt() {
        EcTokenResult result = new EcTokenResult("11010519491231002x", " 张三 ", Instant.parse("2099-12-31T16:00:00Z"));
        assertEquals("11010519491231002X", result.idNumber());
        assertEquals("张三", result.name());
        assertFalse(result.toString().contains("11010519491231002X"), result.toString());
        assertThrows(IllegalArgumentException.class, () -> new EcTokenResult("110105194912310021", "张三",
                Instant.EPOCH));
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> new EcTokenResult("11010519491231002X", " ", Instant.EPOCH));
        assertTrue(name.getMessage().contains("EcTokenResult.name"), name.getMessage());
    }
}
