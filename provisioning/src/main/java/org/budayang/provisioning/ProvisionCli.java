package org.budayang.provisioning;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.budayang.provisioning.doctor.Check;
import org.budayang.provisioning.doctor.Doctor;
import org.budayang.provisioning.pin.InvalidPinException;
import org.budayang.provisioning.pin.PinHasher;
import org.budayang.provisioning.pin.PinPolicy;
import org.budayang.provisioning.pin.PinSource;

/**
 * The technician CLI ({@code budayang provision <command>}): parses the arguments, runs the command and
 * returns the exit code. Everything it says goes to the streams it was given.
 *
 * <ul>
 *   <li>{@code doctor [--data-dir DIR]}: checks this machine; exit {@value #EXIT_OK} if no check failed
 *       (warnings allowed), {@value #EXIT_FAILED} if one did.</li>
 *   <li>{@code hash-pin}: reads a technician PIN and prints its {@code pbkdf2-sha256$…} hash as the only line
 *       on standard output; exit {@value #EXIT_FAILED} if the PIN is refused or cannot be read.</li>
 *   <li>{@code help}: the usage text on standard output.</li>
 * </ul>
 * Bad arguments print the usage text on standard error and exit {@value #EXIT_USAGE}.
 */
public final class ProvisionCli {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final Function<Path, List<Check>> doctorChecks;
    private final PinSource pinSource;
    private final PinHasher hasher;
    private final Path defaultDataDir;

    /**
     * @param doctorChecks   the checks for a given data directory
     * @param pinSource      where {@code hash-pin} reads the PIN
     * @param defaultDataDir the data directory when {@code --data-dir} is not given
     */
    public ProvisionCli(Messages messages, PrintStream out, PrintStream err, Function<Path, List<Check>> doctorChecks,
                        PinSource pinSource, PinHasher hasher, Path defaultDataDir) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.doctorChecks = Objects.requireNonNull(doctorChecks, "doctorChecks");
        this.pinSource = Objects.requireNonNull(pinSource, "pinSource");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.defaultDataDir = Objects.requireNonNull(defaultDataDir, "defaultDataDir");
    }

    public int run(String... args) {
        if (args.length == 0) {
            return usageError(messages.get("cli.noCommand"));
        }
        List<String> options = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "doctor":
                return doctor(options);
            case "hash-pin":
                return options.isEmpty() ? hashPin() : usageError(messages.get("cli.badOption", args[0], options.get(0)));
            case "help":
            case "--help":
            case "-h":
                out.println(usage());
                return EXIT_OK;
            default:
                return usageError(messages.get("cli.unknownCommand", args[0]));
        }
    }

    private int doctor(List<String> options) {
        Path dataDir = defaultDataDir;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (!option.equals("--data-dir")) {
                return usageError(messages.get("cli.badOption", "doctor", option));
            }
            if (i + 1 >= options.size()) {
                return usageError(messages.get("cli.missingValue", option));
            }
            String value = options.get(++i);
            try {
                dataDir = Path.of(value);
            } catch (InvalidPathException notAPath) {
                return usageError(messages.get("cli.badPath", value, notAPath.getReason()));
            }
        }
        Doctor doctor = new Doctor(doctorChecks.apply(dataDir), messages);
        return Doctor.anyFailed(doctor.examine(out)) ? EXIT_FAILED : EXIT_OK;
    }

    private int hashPin() {
        char[] pin = null;
        try {
            pin = pinSource.read();
            PinPolicy.validate(pin);
            out.println(hasher.hash(pin));
            return EXIT_OK;
        } catch (InvalidPinException refused) {
            err.println(messages.get("pin." + refused.problem().name(), refused.length()));
            return EXIT_FAILED;
        } catch (IOException unreadable) {
            err.println(messages.get("pin.readFailed", unreadable.getMessage()));
            return EXIT_FAILED;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }

    private int usageError(String problem) {
        err.println(problem);
        err.println();
        err.println(usage());
        return EXIT_USAGE;
    }

    private String usage() {
        return messages.get("usage", defaultDataDir.toString());
    }
}
