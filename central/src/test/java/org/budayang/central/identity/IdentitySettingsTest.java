package org.budayang.central.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentitySettingsTest {

    @Test
    void keysOverrideTheDefaults() {
        IdentitySettings s = IdentitySettings.from(Map.of("identity.face.matchThreshold", "0.62",
                "identity.face.maxImageBytes", "300000", "other.key", "ignored"));
        assertEquals(0.62, s.face().matchThreshold());
        assertEquals(300000, s.maxImageBytes());
        assertEquals(IdentitySettings.DEFAULTS.face().minSharpness(), s.face().minSharpness());
    }

    @Test
    void unknownKeysAndBadValuesAreNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> IdentitySettings.from(Map.of("identity.face.treshold", "0.5")));
        assertTrue(unknown.getMessage().contains("identity.face.treshold")
                && unknown.getMessage().contains("identity.face.matchThreshold"), unknown.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> IdentitySettings.from(Map.of("identity.face.matchThreshold", "1.5")));
        assertTrue(range.getMessage().contains("identity.face.matchThreshold = 1.5"), range.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> IdentitySettings.from(Map.of("identity.face.minBrightness", "dark")));
        assertTrue(text.getMessage().contains("'dark' is not a number"), text.getMessage());
    }
}
