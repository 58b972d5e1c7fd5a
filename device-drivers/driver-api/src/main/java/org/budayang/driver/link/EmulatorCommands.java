package org.budayang.driver.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A device emulator's console: one command a line, typed by a technician at the emulator's main class or sent by
 * the demo. {@link #run} is the loop every emulator's console shares.
 */
public interface EmulatorCommands {

    /** Runs one command line, printing what it did or why not; false for {@code quit}. */
    boolean execute(String line);

    /** Prints {@code greeting}, then runs lines from {@code in} until its end or {@code quit}, flushing after each. */
    default void run(BufferedReader in, PrintWriter out, String greeting) throws IOException {
        out.println(greeting);
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            boolean more = execute(line);
            out.flush();
            if (!more) {
                return;
            }
        }
    }
}
