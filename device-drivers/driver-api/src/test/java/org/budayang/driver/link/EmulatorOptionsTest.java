package org.budayang.driver.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An emulator's command line: its own options and the device's end, parsed, refused and served over real TCP. */
class EmulatorOptionsTest {
    private enum Colour { RED, DARK_BLUE }

    private static EmulatorOptions.Parser parser() {
        return EmulatorOptions.parser("reader").flag("--paced").option("--generated").option("--colour");
    }

    @Test
    void theEmulatorsOwnOptionsAreReadWithDefaultsWhenAbsent() {
        EmulatorOptions options = parser().parse("--serial", "/tmp/pty/device", "--paced", "--baud", "9600",
                "--generated", "7", "--colour", "dark-blue");
        assertEquals(9600, options.baud());
        assertTrue(options.flag("--paced"));
        assertEquals(7, options.intOption("--generated", 20, 0, 10_000));
        assertEquals(Colour.DARK_BLUE, options.enumOption("--colour", Colour.RED, Colour.class));

        EmulatorOptions defaults = parser().parse("--tcp", "0");
        assertEquals(115_200, defaults.baud());
        assertFalse(defaults.flag("--paced"));
        assertEquals(20, defaults.intOption("--generated", 20, 0, 10_000));
        assertEquals(Colour.RED, defaults.enumOption("--colour", Colour.RED, Colour.class));
        assertEquals("out", defaults.option("--out", "out"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--tcp 1 --serial /dev/x|say where the reader is: either --tcp PORT or --serial PATH",
        "--paced|say where the reader is: either --tcp PORT or --serial PATH",
        "--tcp 1 --speed 3|unknown option '--speed'",
        "--tcp 70000|--tcp needs an integer from 0 to 65535, got '70000'",
        "--tcp|--tcp needs an integer from 0 to 65535, got 'null'",
        "--serial ttyUSB0|--serial needs an absolute device path such as /dev/ttyUSB0 or a socat pty link,"
                + " got 'ttyUSB0'",
        "--tcp 1 --baud 300|--baud needs an integer from 1200 to 921600, got '300'",
    })
    void aBadCommandLineIsRefusedNamingTheOptionAndTheValue(String args, String message) {
        EmulatorOptions.UsageException bad = assertThrows(EmulatorOptions.UsageException.class,
                () -> parser().parse(args.split(" ")));
        assertEquals(message, bad.getMessage());
    }

    @Test
    void aBadValueOfTheEmulatorsOwnOptionIsRefusedWhenRead() {
        EmulatorOptions options = parser().parse("--tcp", "0", "--generated", "many", "--colour", "green");
        assertEquals("--generated needs an integer from 0 to 10000, got 'many'", assertThrows(
                EmulatorOptions.UsageException.class, () -> options.intOption("--generated", 20, 0, 10_000))
                .getMessage());
        assertEquals("--colour does not accept 'green'", assertThrows(EmulatorOptions.UsageException.class,
                () -> options.enumOption("--colour", Colour.RED, Colour.class)).getMessage());
        EmulatorOptions noValue = parser().parse("--tcp", "0", "--colour");
        assertEquals("--colour needs a value", assertThrows(EmulatorOptions.UsageException.class,
                () -> noValue.option("--colour", "x")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmulatorOptions.parser("reader").flag("-p"));
    }

    @Test
    void overTcpEachClientIsServedInTurnOnLoopback() throws Exception {
        DeviceEnd.Service answerOnce = link -> {
            try {
                link.write("ready\n".getBytes(StandardCharsets.US_ASCII));
            } catch (LinkLostException lost) {
                // the client left first
            }
        };
        try (EmulatorOptions.Served served = parser().parse("--tcp", "0").serve("test emulator", answerOnce)) {
            assertTrue(served.isTcp());
            assertTrue(served.where().matches("listening on tcp 127\\.0\\.0\\.1:\\d+"), served.where());
            int port = Integer.parseInt(served.where().substring(served.where().lastIndexOf(':') + 1));
            for (int client = 1; client <= 2; client++) {
                try (TcpLink link = TcpLink.connect("127.0.0.1", port, Duration.ofSeconds(2))) {
                    byte[] buffer = new byte[16];
                    int n = 0;
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                    while (n < 6 && System.nanoTime() < end) {
                        n += link.read(buffer, n, buffer.length - n, Duration.ofMillis(200));
                    }
                    assertEquals("ready\n", new String(buffer, 0, n, StandardCharsets.US_ASCII));
                }
            }
        }
    }

    @Test
    void overSerialTheDeviceIsNamedWithItsBaudAndWaitedFor() throws Exception {
        try (EmulatorOptions.Served served = parser().parse("--serial", "/nonexistent/budayang-pty", "--baud",
                "9600").serve("test emulator", link -> { })) {
            assertFalse(served.isTcp());
            assertEquals("on serial /nonexistent/budayang-pty at 9600 baud", served.where());
            assertEquals(0, served.linksServed());
        }
    }
}
