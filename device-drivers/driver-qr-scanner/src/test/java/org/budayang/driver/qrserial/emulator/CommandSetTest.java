package org.budayang.driver.qrserial.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.budayang.driver.qrserial.Probe;
import org.junit.jupiter.api.Test;

class CommandSetTest {

    private static List<String> feed(CommandSet commands, String bytes) {
        List<String> answers = new ArrayList<>();
        for (byte b : bytes.getBytes(StandardCharsets.ISO_8859_1)) {
            commands.take(b).ifPresent(answer -> answers.add(new String(answer, StandardCharsets.ISO_8859_1)));
        }
        return answers;
    }

    @Test
    void newlandQueryKnownUnknownAndSet() {
        CommandSet newland = new CommandSet(Probe.NEWLAND);
        assertEquals(List.of("\u0002\u00010000#C11MIN4\u0006;\u0003"), feed(newland, "noise~\u00010000#C11MIN*;\u0003"));
        assertEquals(List.of("\u0002\u00010000@XYZABC\u0005;\u0003"), feed(newland, "~\u00010000@XYZABC*;\u0003"));
        assertEquals(List.of("\u0002\u00010000@C11MIN8\u0006;\u0003", "\u0002\u00010000#C11MIN8\u0006;\u0003"),
                feed(newland, "~\u00010000@C11MIN8;\u0003~\u00010000#C11MIN*;\u0003"));
        assertTrue(feed(newland, "\u0016M\rcbrena?.").isEmpty(), "a Newland scanner ignores Honeywell commands");
    }

    @Test
    void honeywellQueryEchoesUpperCaseWithStatusBeforeTheStorageCharacter() {
        CommandSet honeywell = new CommandSet(Probe.HONEYWELL);
        assertEquals(List.of("CBRENA1\u0006."), feed(honeywell, "\u0016M\rcbrena?."));
        assertEquals(List.of("FOOBAR\u0005!"), feed(honeywell, "\u0016M\rfoobar?!"));
        assertTrue(feed(honeywell, "~\u00010000#C11MIN*;\u0003").isEmpty());
    }

    @Test
    void noCommandSetAnswersNothing() {
        assertTrue(feed(new CommandSet(Probe.NONE), "~\u00010000#C11MIN*;\u0003\u0016M\rcbrena?.").isEmpty());
    }
}
