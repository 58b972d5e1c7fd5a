package org.budayang.api.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.budayang.api.json.ApiJson;
import org.junit.jupiter.api.Test;

class StepInputTest {
    private final ObjectMapper json = ApiJson.mapper();

    @Test
    void aMinimumLengthTravelsInJsonAndDefaultsToNone() throws Exception {
        StepInput unit = new StepInput("useUnit", "使用单位", InputKind.TEXT, List.of(), true, 60, "", 2);
        assertEquals(2, unit.minLength());
        assertEquals(unit, json.readValue(json.writeValueAsString(unit), StepInput.class));
        StepInput old = json.readValue("{\"key\":\"useUnit\",\"label\":\"使用单位\",\"kind\":\"TEXT\",\"options\":[],"
                + "\"required\":true,\"maxLength\":60,\"hint\":\"\"}", StepInput.class);
        assertEquals(0, old.minLength(), "a catalogue without minLength asks for no minimum");
        assertEquals(0, new StepInput("useUnit", "使用单位", InputKind.TEXT, List.of(), true, 60, "").minLength());
    }

    @Test
    void theMinimumLengthLiesBetweenZeroAndTheMaximum() {
        assertEquals("StepInput.minLength of useUnit must be 0..60 (at most maxLength), got 61",
                assertThrows(IllegalArgumentException.class, () -> new StepInput("useUnit", "使用单位", InputKind.TEXT,
                        List.of(), true, 60, "", 61)).getMessage());
        assertEquals("StepInput.minLength of useUnit must be 0..60 (at most maxLength), got -1",
                assertThrows(IllegalArgumentException.class, () -> new StepInput("useUnit", "使用单位", InputKind.TEXT,
                        List.of(), true, 60, "", -1)).getMessage());
    }
}
