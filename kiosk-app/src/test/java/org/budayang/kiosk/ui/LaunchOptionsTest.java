package org.budayang.kiosk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void parsesEveryOption() {
        LaunchOptions o = LaunchOptions.parse("--config", "kiosk.properties", "--central", "http://127.0.0.1:9000",
                "--windowed", "--soak-rounds", "1000");
        assertEquals(Path.of("kiosk.properties"), o.config());
        assertEquals(URI.create("http://127.0.0.1:9000"), o.central().orElseThrow());
        assertTrue(o.windowed());
        assertFalse(o.exitAfterAttract());
        assertEquals(1000, o.soakRounds());
    }

    @Test
    void configIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse("--windowed"));
        assertEquals("--config PATH is required; " + LaunchOptions.USAGE, e.getMessage());
    }

    @Test
    void errorsNameTheArgumentAndTheValue() {
        assertEquals("unknown argument '--fullscreen'; " + LaunchOptions.USAGE, assertThrows(
                IllegalArgumentException.class, () -> LaunchOptions.parse("--config", "k", "--fullscreen"))
                .getMessage());
        assertEquals("--central 'ftp://x' is not an http(s) URL; expected e.g. http://127.0.0.1:8080", assertThrows(
                IllegalArgumentException.class, () -> LaunchOptions.parse("--config", "k", "--central", "ftp://x"))
                .getMessage());
        assertEquals("--soak-rounds 'many' is not a whole number", assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse("--config", "k", "--soak-rounds", "many")).getMessage());
        assertEquals("--config needs a value; " + LaunchOptions.USAGE, assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse("--config", "--windowed")).getMessage());
        assertEquals("--exit-after-attract and --soak-rounds exclude each other", assertThrows(
                IllegalArgumentException.class,
                () -> LaunchOptions.parse("--config", "k", "--exit-after-attract", "--soak-rounds", "5")).getMessage());
    }
}
