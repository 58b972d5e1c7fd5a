package org.budayang.driver.pcscsscard;

import java.security.NoSuchAlgorithmException;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system PC/SC service (pcsc-lite's {@code pcscd} on Linux, WinSCard on Windows) through the
 * jnasmartcardio provider of {@code javax.smartcardio}. Not the JDK's own SunPCSC: it establishes one PC/SC
 * context per JVM and never again, so after a pcscd restart every call fails with {@code SCARD_E_NO_SERVICE}
 * until the kiosk is restarted (measured on OpenJDK 17.0.15). jnasmartcardio establishes a context per
 * {@link TerminalFactory}, so a reopened driver recovers.
 */
public final class PcscTerminals implements TerminalSource {
    private static final Logger LOG = LoggerFactory.getLogger(PcscTerminals.class);

    @Override
    public CardTerminals open() throws CardException {
        try {
            return TerminalFactory.getInstance("PC/SC", null, new jnasmartcardio.Smartcardio()).terminals();
        } catch (NoSuchAlgorithmException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new CardException("PC/SC context: " + cause.getMessage(), cause);
        } catch (RuntimeException e) { // jnasmartcardio's EstablishContextException, an unloadable libpcsclite
            throw new CardException("PC/SC context: " + e.getMessage(), e);
        } catch (LinkageError e) {
            throw new CardException("PC/SC library libpcsclite.so.1 could not be loaded (" + e.getMessage()
                    + "); install the Debian package libpcsclite1", e);
        }
    }

    @Override
    public void release(CardTerminals terminals) {
        if (terminals instanceof jnasmartcardio.Smartcardio.JnaCardTerminals context) {
            try {
                context.close();
            } catch (CardException e) {
                LOG.debug("releasing a PC/SC context failed (pcscd gone?): {}", e.getMessage());
            }
        }
    }

    @Override
    public String describe() {
        return "PC/SC";
    }
}
