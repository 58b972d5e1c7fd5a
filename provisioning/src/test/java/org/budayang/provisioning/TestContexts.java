package org.budayang.provisioning;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.budayang.driver.runtime.DriverRegistry;
import org.budayang.provisioning.cli.CliContext;
import org.budayang.provisioning.cli.Term;
import org.budayang.provisioning.doctor.Check;
import org.budayang.provisioning.pin.PinSource;
import org.budayang.provisioning.probe.CupsQueues;
import org.budayang.provisioning.probe.SmartCardReaders;

/** Test wiring of the CLI: the real drivers, /proc and /dev of this machine, no colour. */
public final class TestContexts {
    private TestContexts() {
    }

    public static ProvisionCli cli(Messages messages, PrintStream out, PrintStream err,
                                   Function<Path, List<Check>> checks, PinSource pins, Path dataDir) {
        return new ProvisionCli(context(messages, out, err, checks, pins, dataDir,
                Path.of("/nonexistent/kiosk.properties"), text -> { }, Duration.ofSeconds(10)));
    }

    public static CliContext context(Messages messages, PrintStream out, PrintStream err,
                                     Function<Path, List<Check>> checks, PinSource pins, Path dataDir, Path config,
                                     Consumer<String> prompt, Duration handTime) {
        return new CliContext(messages, out, err, new Term(out, false), checks, pins, dataDir, config,
                () -> DriverRegistry.builder().build(), Clock.systemUTC(), Path.of("/proc"), Path.of("/nonexistent-dev"),
                new CupsQueues(HttpClient.newHttpClient(), Duration.ofSeconds(2)),
                () -> new SmartCardReaders.Listing(List.of(), "PC/SC not asked in tests"), prompt, handTime);
    }
}
