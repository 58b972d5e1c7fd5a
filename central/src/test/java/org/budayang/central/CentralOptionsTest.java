package org.budayang.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CentralOptionsTest {
    @Test
    void defaultsToLoopbackPort8080WithoutFiles() {
        CentralOptions options = CentralOptions.parse();
        assertEquals(new CentralOptions("127.0.0.1", 8080, Optional.empty(), Optional.empty(), false), options);
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        CentralOptions spaced = CentralOptions.parse("--host", "0.0.0.0", "--port", "0", "--port-file", "var/c.port",
                "--catalog", "/etc/budayang/catalog.json");
        CentralOptions inline = CentralOptions.parse("--host=0.0.0.0", "--port=0", "--port-file=var/c.port",
                "--catalog=/etc/budayang/catalog.json");
        CentralOptions expected = new CentralOptions("0.0.0.0", 0, Optional.of(Path.of("var/c.port")),
                Optional.of(Path.of("/etc/budayang/catalog.json")), false);
        assertEquals(expected, spaced);
        assertEquals(expected, inline);
        assertTrue(CentralOptions.parse("--help").help());
        assertFalse(spaced.help());
    }

    @Test
    void aPortThatIsNotANumberIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CentralOptions.parse("--port", "eighty"));
        assertEquals("--port 'eighty' is not a number; expected 0..65535 (0 = any free port)", e.getMessage());
    }

    @Test
    void aPortOutOfRangeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CentralOptions.parse("--port=65536"));
        assertEquals("--port 65536 is out of range; expected 0..65535 (0 = any free port)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CentralOptions.parse("--port", "-1"));
    }

    @Test
    void anOptionWithoutItsValueSaysWhatToGive() {
        IllegalArgumentException last = assertThrows(IllegalArgumentException.class,
                () -> CentralOptions.parse("--port-file"));
        assertEquals("--port-file needs a value, e.g. --port-file var/central.port", last.getMessage());
        IllegalArgumentException followed = assertThrows(IllegalArgumentException.class,
                () -> CentralOptions.parse("--catalog", "--port", "1"));
        assertTrue(followed.getMessage().startsWith("--catalog needs a value"), followed.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> CentralOptions.parse("--host="));
        assertTrue(empty.getMessage().startsWith("--host must not be empty"), empty.getMessage());
    }

    @Test
    void anUnknownArgumentListsTheAcceptedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CentralOptions.parse("--prot", "8080"));
        assertEquals("Unknown argument '--prot'; accepted: --host, --port, --port-file, --catalog, --config, --data-dir, --help",
                e.getMessage());
    }

    @Test
    void theSubcommandIssueKioskSecretIsGoneAndSaysHowToEnrol() {
        for (String[] args : new String[][] {{"issue-kiosk-secret", "--kiosk", "KSK-620102-0001"},
                {"--kiosk", "KSK-620102-0001"}, {"--out", "k.txt"}}) {
            String message = assertThrows(IllegalArgumentException.class, () -> CentralOptions.parse(args))
                    .getMessage();
            assertTrue(message.contains("issue-kiosk-secret was removed: kiosk secrets (#4) no longer exist"), message);
            assertTrue(message.contains("create an enrolment code as ops (POST /api/v1/ops/enrolment-codes)"),
                    message);
        }
    }

    @Test
    void configAndDataDirAreRead() {
        CentralOptions options = CentralOptions.parse("--config", "etc/central.properties", "--data-dir=/srv/central");
        assertEquals(Optional.of(Path.of("etc/central.properties")), options.config());
        assertEquals(Path.of("/srv/central"), options.dataDir());
        assertEquals(Path.of("var", "central"), CentralOptions.parse().dataDir());
    }
}
