package org.budayang.driver.pcscsscard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.sscard.SocialSecurityCardReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with a card the project did not write: Debian's {@code vicc -t iso7816} (vsmartcard's Python
 * virtual card, package python3-virtualsmartcard) in vpcd's second reader ({@code Virtual PCD 00 01}, port
 * 35964). It is a plain ISO 7816 card without the SSSE application, so the driver says WRONG_CARD. Debian 12's
 * vicc needs {@code PYTHONPATH=/usr/lib/python3/site-packages/virtualsmartcard} and a {@code Crypto} →
 * {@code Cryptodome} shim (python3-pycryptodome), both made here.
 */
class ViccInteropTest {
    private static final String READER = "Virtual PCD 00 01";
    private static final String PACKAGES = "python3-virtualsmartcard python3-pycryptodome";
    private Process vicc;
    private SocialSecurityCardReader reader;

    @AfterEach
    void stop() throws InterruptedException {
        if (reader != null) {
            reader.close();
        }
        if (vicc != null) {
            vicc.destroy();
            if (!vicc.waitFor(5, TimeUnit.SECONDS)) {
                vicc.destroyForcibly();
            }
        }
    }

    @Test
    void aPlainIso7816CardIsTheWrongCard() throws Exception {
        Pcscd.ensure();
        Path program = Required.file("/usr/bin/vicc", PACKAGES, "the interoperability test with vsmartcard's vicc");
        Path cryptodome = Required.file("/usr/lib/python3/dist-packages/Cryptodome", PACKAGES,
                "vicc's cryptography (the Crypto → Cryptodome shim)");
        Path shim = Files.createDirectories(Path.of("target", "vicc-shim"));
        Path crypto = shim.resolve("Crypto");
        if (!Files.exists(crypto, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(crypto, cryptodome);
        }
        ProcessBuilder builder = new ProcessBuilder(program.toString(), "-t", "iso7816", "-P", "35964")
                .redirectErrorStream(true).redirectOutput(Path.of("target", "vicc.log").toFile());
        builder.environment().put("PYTHONPATH", Pcscd.pythonPath(shim.toAbsolutePath()));
        vicc = builder.start();
        awaitCard(Duration.ofSeconds(10));

        reader = (SocialSecurityCardReader) new PcscSocialSecurityCardReaderProvider().create(new DriverContext(
                "socialCardReader", DriverSettings.of("socialCardReader", Map.of("reader", READER)),
                Clock.systemUTC()));
        reader.open();
        reader.enable();
        Outcome<?> outcome = reader.readCard(Deadline.in(Duration.ofSeconds(5)), CancelToken.none());
        Outcome.DeviceError<?> wrong = assertInstanceOf(Outcome.DeviceError.class, outcome);
        assertEquals("WRONG_CARD", wrong.code(), wrong.detail());
        assertTrue(wrong.detail().contains("select SSSE"), wrong.detail());
    }

    private void awaitCard(Duration within) throws IOException, CardException, InterruptedException {
        PcscTerminals pcsc = new PcscTerminals();
        CardTerminals terminals = pcsc.open();
        try {
            long end = System.nanoTime() + within.toNanos();
            while (!terminals.getTerminal(READER).waitForCardPresent(200)) {
                if (!vicc.isAlive() || System.nanoTime() > end) {
                    throw new AssertionError("vicc put no card into '" + READER + "' within " + within.toSeconds()
                            + " s (alive: " + vicc.isAlive() + "); its output: "
                            + Files.readString(Path.of("target", "vicc.log")));
                }
            }
        } finally {
            pcsc.release(terminals);
        }
    }
}
