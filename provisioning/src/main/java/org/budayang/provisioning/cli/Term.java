package org.budayang.provisioning.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * The technician's terminal: short bilingual lines, with colour only where the terminal allows it (an interactive
 * terminal, {@code TERM} set and not {@code dumb}, and no {@code NO_COLOR}, see no-color.org).
 */
public final class Term {
    /** How a line is marked. */
    public enum Mark {
        OK("[通过 OK  ]", "32"), FAIL("[失败 FAIL]", "31"), WARN("[注意 WARN]", "33"), INFO("[信息 INFO]", "36");

        private final String text;
        private final String colour;

        Mark(String text, String colour) {
            this.text = text;
            this.colour = colour;
        }
    }

    private final PrintStream out;
    private final boolean colour;

    public Term(PrintStream out, boolean colour) {
        this.out = Objects.requireNonNull(out, "out");
        this.colour = colour;
    }

    /** Whether to colour: an interactive terminal, TERM not dumb, NO_COLOR absent or empty. */
    public static boolean colourAllowed(Map<String, String> environment, boolean interactive) {
        String noColour = environment.get("NO_COLOR");
        if (noColour != null && !noColour.isEmpty()) {
            return false;
        }
        String term = environment.get("TERM");
        return interactive && term != null && !term.isEmpty() && !term.equals("dumb");
    }

    public PrintStream stream() {
        return out;
    }

    public void line(String text) {
        out.println(text);
    }

    public void title(String text) {
        out.println(colour ? "\u001b[1m" + text + "\u001b[0m" : text);
    }

    public void mark(Mark mark, String text) {
        String tag = colour ? "\u001b[" + mark.colour + "m" + mark.text + "\u001b[0m" : mark.text;
        out.println(tag + " " + text);
    }
}
