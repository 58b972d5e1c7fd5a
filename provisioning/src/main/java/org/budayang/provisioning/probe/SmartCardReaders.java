package org.budayang.provisioning.probe;

import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/** PC/SC readers through javax.smartcardio (pcscd). */
public final class SmartCardReaders {
    private SmartCardReaders() {
    }

    /**
     * The readers pcscd knows, with whether a card is present.
     *
     * @param readers     the reader names (with " [card present]" when one is)
     * @param unavailable why none could be listed (pcscd not running, libpcsclite missing), or empty
     */
    public record Listing(List<String> readers, String unavailable) {
        public Listing {
            readers = List.copyOf(readers);
        }
    }

    public static Listing list() {
        try {
            TerminalFactory factory = TerminalFactory.getDefault();
            List<String> names = new ArrayList<>();
            for (CardTerminal terminal : factory.terminals().list()) {
                names.add(terminal.getName());
            }
            return new Listing(names, "");
        } catch (CardException | RuntimeException | LinkageError unavailable) {
            Throwable root = unavailable;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new Listing(List.of(), "PC/SC unavailable: " + root.getMessage()
                    + " (is pcscd running? apt-get install pcscd libpcsclite1)");
        }
    }
}
