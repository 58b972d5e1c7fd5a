package org.budayang.provisioning;

import java.io.Console;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.provisioning.cli.CliContext;
import org.budayang.provisioning.cli.Term;
import org.budayang.provisioning.probe.CupsQueues;
import org.budayang.provisioning.probe.SmartCardReaders;
import org.budayang.provisioning.doctor.StandardChecks;
import org.budayang.provisioning.pin.ConsolePinSource;
import org.budayang.provisioning.pin.PinSource;
import org.budayang.provisioning.pin.StreamPinSource;

/**
 * Composition root of the technician CLI: {@code budayang provision doctor | hash-pin | probe | selftest |
 * config show|set|validate | enrol | status}. Exit codes: see {@link org.budayang.provisioning.cli.ExitCodes}.
 * Output is UTF-8 whatever the locale, so that a technician's SSH session with {@code LANG=C} still shows
 * the Chinese texts on a UTF-8 terminal.
 */
public final class ProvisionMain {
    /** The kiosk's configuration file on an installed kiosk. */
    public static final Path DEFAULT_CONFIG = Path.of("/etc/budayang/kiosk.properties");

    private ProvisionMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Messages messages = Messages.load(Locale.SIMPLIFIED_CHINESE);
        Map<String, String> environment = System.getenv();
        Console console = System.console();
        PinSource pins = console != null
                ? new ConsolePinSource(console::readPassword, messages.get("pin.prompt"), messages.get("pin.confirm"))
                : new StreamPinSource(System.in);
        boolean interactive = console != null;
        SmartCardReaders.useSystemLibrary(Path.of("/usr/lib/x86_64-linux-gnu/libpcsclite.so.1"),
                Path.of("/usr/lib/aarch64-linux-gnu/libpcsclite.so.1"), Path.of("/usr/lib/libpcsclite.so.1"));
        CliContext context = new CliContext(messages, out, err,
                new Term(out, Term.colourAllowed(environment, interactive)),
                dataDir -> StandardChecks.forThisMachine(dataDir, environment, messages),
                pins, StandardChecks.DEFAULT_DATA_DIR, DEFAULT_CONFIG,
                () -> DriverRegistry.builder().build(), Clock.systemUTC(), Path.of("/proc"), Path.of("/dev"),
                new CupsQueues(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                        Duration.ofSeconds(3)),
                SmartCardReaders::list, text -> { }, Duration.ofSeconds(30));
        ProvisionCli cli = new ProvisionCli(context);
        int exitCode = cli.run(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
