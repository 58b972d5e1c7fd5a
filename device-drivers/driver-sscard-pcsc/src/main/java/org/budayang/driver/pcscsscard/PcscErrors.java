package org.budayang.driver.pcscsscard;

import java.util.Locale;

/** Reads the PC/SC error code out of a {@code javax.smartcardio} failure, and says what it means for the reader. */
final class PcscErrors {
    private PcscErrors() {
    }

    /** The whole chain's messages, for details and for finding the PC/SC code. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() == 0 ? error.getClass().getSimpleName() : text.toString();
    }

    /** The service or the reader is gone: the whole link is lost, not just this card. */
    static boolean serviceOrReaderGone(Throwable error) {
        String text = describe(error).toUpperCase(Locale.ROOT);
        return text.contains("SCARD_E_NO_SERVICE") || text.contains("SCARD_E_SERVICE_STOPPED")
                || text.contains("SCARD_E_INVALID_HANDLE") || text.contains("SCARD_E_UNKNOWN_READER")
                || text.contains("SCARD_E_READER_UNAVAILABLE") || text.contains("SCARD_E_NO_READERS_AVAILABLE")
                || text.contains("SCARD_E_INVALID_CONTEXT") || text.contains("8010001D")
                || text.contains("8010001E") || text.contains("LIBPCSCLITE");
    }

    /** A precise line for technicians about a service failure. */
    static String serviceProblem(Throwable error) {
        String text = describe(error);
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.contains("SCARD_E_NO_SERVICE") || upper.contains("8010001D")) {
            return "pcscd not running: SCARD_E_NO_SERVICE (" + text + "); start it: systemctl start pcscd.socket"
                    + " (Debian package pcscd)";
        }
        return "PC/SC failed: " + text;
    }
}
