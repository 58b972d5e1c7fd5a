package org.budayang.driver.qrserial.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.PipeLinks;
import org.budayang.driver.qrserial.Probe;
import org.budayang.driver.qrserial.ScanEncoding;
import org.budayang.driver.qrserial.Terminator;
import org.budayang.driver.scanner.CodeKind;
import org.budayang.driver.testkit.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console drives the emulator; what it sends is read on the host end of an in-memory pipe. */
class EmulatorConsoleTest {
    private final ScannerEmulator emulator = new ScannerEmulator(Probe.NEWLAND, ScanEncoding.GB18030, Terminator.CRLF);
    private final PipeLinks.Pair pipe = PipeLinks.pair("pipe qr");
    private final StringWriter printed = new StringWriter();
    private final EmulatorConsole console = new EmulatorConsole(emulator, new DemoCodes(1),
            new PrintWriter(printed, true));
    private final Thread serving = new Thread(() -> emulator.serve(pipe.device()), "serve");

    EmulatorConsoleTest() {
        serving.setDaemon(true);
        serving.start();
    }

    @AfterEach
    void close() {
        emulator.close();
        pipe.host().close();
    }

    private String hostReads(int minimumBytes) throws LinkLostException {
        return hostReads(minimumBytes, Duration.ofSeconds(3));
    }

    private String hostReads(int minimumBytes, Duration within) throws LinkLostException {
        byte[] buffer = new byte[4096];
        int total = 0;
        long end = System.nanoTime() + within.toNanos();
        while (total < minimumBytes && System.nanoTime() < end) {
            total += pipe.host().read(buffer, total, buffer.length - total, Duration.ofMillis(50));
        }
        return new String(buffer, 0, total, ScanEncoding.GB18030.charset());
    }

    @Test
    void scanSendsTheRestOfTheLineInTheEmulatorsEncodingAndTerminator() throws Exception {
        awaitServing();
        assertTrue(console.execute("scan 医保 电子凭证 42"));
        assertEquals("医保 电子凭证 42\r\n", hostReads(("医保 电子凭证 42".getBytes(ScanEncoding.GB18030.charset())).length + 2));
        assertTrue(printed.toString().contains("scanned 10 chars"), printed.toString());
        assertFalse(printed.toString().contains("电子凭证 42"), "the console does not echo the whole code");
    }

    @Test
    void scanEctokenSendsATokenThatClassifiesAsOne() throws Exception {
        awaitServing();
        console.execute("scan-ectoken");
        String line = hostReads(66);
        assertTrue(line.endsWith("\r\n"), line);
        assertEquals(CodeKind.ECTOKEN, CodeKind.of(line.substring(0, line.length() - 2)));
    }

    @Test
    void silentStopsScansAndAnswers() throws Exception {
        awaitServing();
        console.execute("silent on");
        console.execute("scan NOT-SENT");
        pipe.host().write("~\u00010000#C11MIN*;\u0003".getBytes(StandardCharsets.US_ASCII));
        assertEquals("", hostReads(1, Duration.ofMillis(400)), "nothing within 400 ms");
        console.execute("silent off");
        pipe.host().write("~\u00010000#C11MIN*;\u0003".getBytes(StandardCharsets.US_ASCII));
        assertEquals("\u0002\u00010000#C11MIN4\u0006;\u0003", hostReads(14));
        // the count follows the write that the host has just read
        Await.until("the answer counted", () -> emulator.answers() >= 1, Duration.ofSeconds(2));
        console.execute("status");
        assertTrue(printed.toString().contains("commands answered 1"), printed.toString());
    }

    @Test
    void badArgumentsSayWhatIsAccepted() {
        console.execute("slow fast");
        console.execute("silent maybe");
        console.execute("garbage 0");
        console.execute("scan");
        console.execute("frobnicate");
        String out = printed.toString();
        assertTrue(out.contains("slow needs milliseconds (0 to 60000), got 'fast'"), out);
        assertTrue(out.contains("silent needs on or off, got 'maybe'"), out);
        assertTrue(out.contains("garbage needs a byte count from 1 to 4096, got '0'"), out);
        assertTrue(out.contains("scan needs the code's text"), out);
        assertTrue(out.contains("unknown command 'frobnicate'; type help"), out);
    }

    @Test
    void runStopsAtQuit() throws Exception {
        console.run(new BufferedReader(new StringReader("help\nquit\nscan LATE\n")));
        assertTrue(printed.toString().contains("scan-ectoken"), printed.toString());
        assertEquals(0, emulator.scansSent());
    }

    private void awaitServing() {
        Await.until("the emulator serving the pipe", emulator::isServing, Duration.ofSeconds(2));
    }
}
