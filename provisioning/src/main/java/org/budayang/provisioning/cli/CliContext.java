package org.budayang.provisioning.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.doctor.Check;
import org.budayang.provisioning.pin.PinSource;
import org.budayang.provisioning.probe.CupsQueues;
import org.budayang.provisioning.probe.SmartCardReaders;

/**
 * What the commands work with, built once in the composition root ({@code ProvisionMain}) or by a test.
 *
 * @param messages       the doctor's and hash-pin's texts
 * @param out            standard output (report lines)
 * @param err            standard error (problems, usage)
 * @param term           {@code out} with marks and colour
 * @param doctorChecks   the doctor's checks for a data directory
 * @param pinSource      where hash-pin reads the PIN (hashed with kiosk-core's PinHasher, the kiosk's format)
 * @param defaultDataDir the doctor's default data directory
 * @param defaultConfig  the kiosk configuration file when {@code --config} is not given
 * @param registry       the installed drivers
 * @param clock          the wall clock
 * @param proc           the proc file system (who holds a port)
 * @param dev            the device folder (cameras, serial/by-id)
 * @param cups           the CUPS lister
 * @param readers        the PC/SC lister
 * @param prompt         where the self-test tells the technician what to do (a test may act on it)
 * @param handTime       how long a self-test step that needs the technician waits
 */
public record CliContext(Messages messages, PrintStream out, PrintStream err, Term term,
                         Function<Path, List<Check>> doctorChecks, PinSource pinSource,
                         Path defaultDataDir, Path defaultConfig, Supplier<DriverRegistry> registry, Clock clock,
                         Path proc, Path dev, CupsQueues cups, Supplier<SmartCardReaders.Listing> readers,
                         java.util.function.Consumer<String> prompt, Duration handTime) {
    public CliContext {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(doctorChecks, "doctorChecks");
        Objects.requireNonNull(pinSource, "pinSource");
        Objects.requireNonNull(defaultDataDir, "defaultDataDir");
        Objects.requireNonNull(defaultConfig, "defaultConfig");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(proc, "proc");
        Objects.requireNonNull(dev, "dev");
        Objects.requireNonNull(cups, "cups");
        Objects.requireNonNull(readers, "readers");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(handTime, "handTime");
    }
}
