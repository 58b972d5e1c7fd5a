package org.budayang.provisioning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermTest {
    @Test
    void colourOnlyOnAnInteractiveTerminalWithoutNoColor() {
        assertTrue(Term.colourAllowed(Map.of("TERM", "xterm-256color"), true));
        assertFalse(Term.colourAllowed(Map.of("TERM", "xterm-256color"), false));
        assertFalse(Term.colourAllowed(Map.of("TERM", "xterm-256color", "NO_COLOR", "1"), true));
        assertTrue(Term.colourAllowed(Map.of("TERM", "xterm", "NO_COLOR", ""), true));
        assertFalse(Term.colourAllowed(Map.of("TERM", "dumb"), true));
        assertFalse(Term.colourAllowed(Map.of(), true));
    }

    @Test
    void marksAreBilingualAndColouredOnlyWhenAllowed() {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        new Term(new PrintStream(plain, true, StandardCharsets.UTF_8), false).mark(Term.Mark.FAIL, "x");
        assertEquals("[失败 FAIL] x\n", plain.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream coloured = new ByteArrayOutputStream();
        new Term(new PrintStream(coloured, true, StandardCharsets.UTF_8), true).mark(Term.Mark.OK, "y");
        assertEquals("\u001b[32m[通过 OK  ]\u001b[0m y\n", coloured.toString(StandardCharsets.UTF_8));
    }
}
