package org.budayang.driver.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console loop: greeting, one command a line, stops at quit or at the end of input. */
class EmulatorCommandsTest {

    private static final class Recorder implements EmulatorCommands {
        final List<String> seen = new ArrayList<>();
        final PrintWriter out;

        Recorder(PrintWriter out) {
            this.out = out;
        }

        @Override
        public boolean execute(String line) {
            seen.add(line);
            out.println("ok " + line);
            return !line.equals("quit");
        }
    }

    @Test
    void linesAfterQuitAreNotRunAndEverythingPrintedIsFlushed() throws Exception {
        StringWriter text = new StringWriter();
        // not auto-flushing: only the loop's flushes make the output visible
        PrintWriter out = new PrintWriter(new BufferedWriter(text, 4096));
        Recorder console = new Recorder(out);
        console.run(new BufferedReader(new StringReader("place 1\nquit\nremove\n")), out, "ready; type help");
        assertEquals(List.of("place 1", "quit"), console.seen);
        assertEquals(String.join(System.lineSeparator(), "ready; type help", "ok place 1", "ok quit", ""),
                text.toString());
    }

    @Test
    void theEndOfInputEndsTheLoop() throws Exception {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Recorder console = new Recorder(out);
        console.run(new BufferedReader(new StringReader("a\nb")), out, "hello");
        assertEquals(List.of("a", "b"), console.seen);
    }
}
