package org.budayang.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.budayang.api.json.ApiJson;
import org.junit.jupiter.api.Test;

class ProblemTest {
    private final ObjectMapper json = ApiJson.mapper();

    @Test
    void ofDerivesTypeTitleAndTheChineseDefault() {
        Problem p = Problem.of(401, "KIOSK_UNAUTHENTICATED", "No kiosk credentials.", null, "/api/v1/x");
        assertEquals("urn:budayang:problem:KIOSK_UNAUTHENTICATED", p.type());
        assertEquals("Unauthorized", p.title());
        assertEquals("终端认证失败，请联系工作人员。", p.citizenMessage());
        assertEquals("该部门系统暂时无法访问，请稍后再试或到窗口办理。", Problem.defaultCitizenMessage(503));
    }

    @Test
    void roundTripsAsJsonAndLeavesOutAMissingInstance() throws Exception {
        Problem p = Problem.of(400, "INVALID_FIELD", "idNumber: bad", "请核对", null);
        String text = json.writeValueAsString(p);
        assertFalse(text.contains("instance"), text);
        assertEquals(p, json.readValue(text, Problem.class));
    }

    @Test
    void refusesInconsistentOrBlankMembersNamingThem() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> new Problem("about:blank", "t", 400, "d", null, "X_Y", "c"));
        assertTrue(type.getMessage().contains("urn:budayang:problem:X_Y"), type.getMessage());
        IllegalArgumentException code = assertThrows(IllegalArgumentException.class,
                () -> Problem.of(400, "lower", "d", null, null));
        assertTrue(code.getMessage().contains("'lower'"), code.getMessage());
        IllegalArgumentException status = assertThrows(IllegalArgumentException.class,
                () -> Problem.of(302, "MOVED", "d", null, null));
        assertTrue(status.getMessage().contains("302"), status.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Problem.of(400, "X_Y", " ", null, null));
    }
}
