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

    /**
     * Points the JDK's PC/SC provider at Debian's {@code libpcsclite.so.1} (the JDK looks for the unversioned
     * {@code libpcsclite.so}, which only the -dev package installs) unless the property is already set.
     */
    public static void useSystemLibrary(java.nio.file.Path... candidates) {
        if (System.getProperty("sun.security.smartcardio.library") != null) {
            return;
        }
        for (java.nio.file.Path candidate : candidates) {
            if (java.nio.file.Files.isReadable(candidate)) {
                System.setProperty("sun.security.smartcardio.library", candidate.toString());
                return;
            }
        }
    }

    public static Listing list() {
        try {
            TerminalFactory factory = TerminalFactory.getInstance("PC/SC", null);
            List<String> names = new ArrayList<>();
            for (CardTerminal terminal : factory.terminals().list()) {
                names.add(terminal.getName());
            }
            return new Listing(names, "");
        } catch (java.security.NoSuchAlgorithmException | CardException | RuntimeException | LinkageError unavailable) {
            Throwable root = unavailable;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String reason = String.valueOf(root.getMessage());
            return new Listing(List.of(), "PC/SC unavailable: " + reason + (reason.contains("SCARD_E_NO_SERVICE")
                    ? " (pcscd is not running: systemctl start pcscd.socket)"
                    : " (apt-get install pcscd libpcsclite1; the library is set by -Dsun.security.smartcardio.library)"));
        }
    }
}
