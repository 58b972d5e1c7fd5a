package org.budayang.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @Test
    void readsTheShortFormsAndIso() {
        assertEquals(Optional.of(Duration.ofMillis(500)), DurationText.parse("500ms"));
        assertEquals(Optional.of(Duration.ofSeconds(5)), DurationText.parse("5s"));
        assertEquals(Optional.of(Duration.ofMinutes(2)), DurationText.parse("2m"));
        assertEquals(Optional.of(Duration.ofHours(1)), DurationText.parse("1h"));
        assertEquals(Optional.of(Duration.ofMillis(1500)), DurationText.parse("PT1.5S"));
        assertEquals(Optional.of(Duration.ZERO), DurationText.parse("0s"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "5 s", "5sec", "-5s", "1.5s", "s", "5d", "P1D2", "9999999999s"})
    void refusesAnythingElse(String text) {
        assertEquals(Optional.empty(), DurationText.parse(text));
    }

    @Test
    void writesTheShortestExactForm() {
        assertEquals("0s", DurationText.format(Duration.ZERO));
        assertEquals("250ms", DurationText.format(Duration.ofMillis(250)));
        assertEquals("1500ms", DurationText.format(Duration.ofMillis(1500)));
        assertEquals("90s", DurationText.format(Duration.ofSeconds(90)));
        assertEquals("2m", DurationText.format(Duration.ofMinutes(2)));
        assertEquals("3h", DurationText.format(Duration.ofHours(3)));
        assertEquals("PT0.0000001S", DurationText.format(Duration.ofNanos(100)));
    }
}
