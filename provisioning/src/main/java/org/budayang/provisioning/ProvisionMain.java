package org.budayang.provisioning;

import java.io.Console;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import org.budayang.provisioning.doctor.StandardChecks;
import org.budayang.provisioning.pin.ConsolePinSource;
import org.budayang.provisioning.pin.PinHasher;
import org.budayang.provisioning.pin.PinSource;
import org.budayang.provisioning.pin.StreamPinSource;

/**
 * Composition root of the technician CLI: {@code budayang provision doctor [--data-dir DIR] | hash-pin | help}.
 * Exit codes: 0 success, 1 a check failed or the PIN was refused, 2 bad arguments (see {@link ProvisionCli}).
 * Output is UTF-8 whatever the locale, so that a technician's SSH session with {@code LANG=C} still shows
 * the Chinese texts on a UTF-8 terminal.
 */
public final class ProvisionMain {

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
        ProvisionCli cli = new ProvisionCli(messages, out, err,
                dataDir -> StandardChecks.forThisMachine(dataDir, environment, messages),
                pins, new PinHasher(new SecureRandom(), PinHasher.DEFAULT_ITERATIONS),
                StandardChecks.DEFAULT_DATA_DIR);
        int exitCode = cli.run(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
