package org.budayang.provisioning.pin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinSourcesTest {

    private static char[] fromStdin(String text) throws Exception {
        return new StreamPinSource(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).read();
    }

    @Test
    void readsTheFirstLineWithoutLineEndOrSurroundingBlanks() throws Exception {
        assertArrayEquals("739204".toCharArray(), fromStdin("739204\n"));
        assertArrayEquals("739204".toCharArray(), fromStdin("  739204\r\nsecond line\n"));
        assertArrayEquals("739204".toCharArray(), fromStdin("739204"));
    }

    @Test
    void leavesTheRestOfTheStreamUnread() throws Exception {
        InputStream in = new ByteArrayInputStream("739204\nrest".getBytes(StandardCharsets.US_ASCII));
        new StreamPinSource(in).read();
        assertEquals("rest", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void anEmptyInputIsNoPin() {
        assertEquals(InvalidPinException.Problem.EMPTY,
                assertThrows(InvalidPinException.class, () -> fromStdin("")).problem());
        assertEquals(InvalidPinException.Problem.EMPTY,
                assertThrows(InvalidPinException.class, () -> fromStdin("   \n739204\n")).problem());
    }

    @Test
    void aLongLineIsRefusedWithoutReadingItAll() {
        InvalidPinException error = assertThrows(InvalidPinException.class, () -> fromStdin("7".repeat(100_000)));
        assertEquals(InvalidPinException.Problem.LENGTH, error.problem());
        assertEquals(StreamPinSource.LIMIT + 1, error.length());
    }

    @Test
    void nonAsciiBytesBecomeAReplacementThatThePolicyRefuses() throws Exception {
        char[] pin = fromStdin("７３９２０４\n");
        assertEquals(InvalidPinException.Problem.NOT_DIGITS,
                assertThrows(InvalidPinException.class, () -> PinPolicy.validate(pin)).problem());
    }

    @Test
    void aReadErrorPropagates() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("stdin closed");
            }
        };
        assertEquals("stdin closed", assertThrows(IOException.class, () -> new StreamPinSource(broken).read())
                .getMessage());
    }

    /** A terminal that answers the prompts in order and remembers them. */
    private static final class ScriptedTerminal implements ConsolePinSource.HiddenPrompt {
        final Deque<String> answers;
        final List<String> prompts = new ArrayList<>();
        final List<char[]> handedOut = new ArrayList<>();

        ScriptedTerminal(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public char[] readPassword(String prompt) {
            prompts.add(prompt);
            String answer = answers.poll();
            if (answer == null) {
                return null;
            }
            char[] chars = answer.toCharArray();
            handedOut.add(chars);
            return chars;
        }
    }

    @Test
    void theConsoleAsksTwiceAndReturnsTheConfirmedPin() throws Exception {
        ScriptedTerminal terminal = new ScriptedTerminal("739204", "739204");

        char[] pin = new ConsolePinSource(terminal, "PIN: ", "again: ").read();

        assertArrayEquals("739204".toCharArray(), pin);
        assertEquals(List.of("PIN: ", "again: "), terminal.prompts);
        assertArrayEquals(new char[6], terminal.handedOut.get(1), "the confirmation is wiped");
    }

    @Test
    void differingEntriesAreRefusedAndWiped() {
        ScriptedTerminal terminal = new ScriptedTerminal("739204", "739205");

        InvalidPinException error = assertThrows(InvalidPinException.class,
                () -> new ConsolePinSource(terminal, "PIN: ", "again: ").read());

        assertEquals(InvalidPinException.Problem.MISMATCH, error.problem());
        assertArrayEquals(new char[6], terminal.handedOut.get(0));
        assertArrayEquals(new char[6], terminal.handedOut.get(1));
    }

    @Test
    void aBadFirstEntryIsRefusedBeforeAskingAgain() {
        ScriptedTerminal terminal = new ScriptedTerminal("1234");

        InvalidPinException error = assertThrows(InvalidPinException.class,
                () -> new ConsolePinSource(terminal, "PIN: ", "again: ").read());

        assertEquals(InvalidPinException.Problem.LENGTH, error.problem());
        assertEquals(List.of("PIN: "), terminal.prompts);
        assertArrayEquals(new char[4], terminal.handedOut.get(0));
    }

    @Test
    void endOfInputAtTheTerminalIsNoPin() {
        ScriptedTerminal terminal = new ScriptedTerminal();

        assertEquals(InvalidPinException.Problem.EMPTY, assertThrows(InvalidPinException.class,
                () -> new ConsolePinSource(terminal, "PIN: ", "again: ").read()).problem());
    }
}
