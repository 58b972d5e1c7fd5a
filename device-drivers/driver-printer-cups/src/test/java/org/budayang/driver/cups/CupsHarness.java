package org.budayang.driver.cups;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.driver.Device;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.link.LinkOpener;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.op.Outcome;
import org.budayang.driver.printer.DocumentPrinter;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.testkit.DeviceContract;

/**
 * The {@code cups} driver, built by its provider, against the private cupsd of {@link CupsServer} and its
 * {@value CupsServer#TEST_QUEUE} queue. No byte link ({@link #hostOpener()} is null); the faults are real at cupsd:
 * <ul>
 *   <li>{@link #unplug()}: cupsd is stopped (SIGTERM, waited for), so connections are refused;
 *       {@link #replug()} starts it again with the same configuration and port;</li>
 *   <li>{@link #silent}: cupsd is frozen with SIGSTOP (the kernel still accepts connections, nothing answers)
 *       and thawed with SIGCONT;</li>
 *   <li>{@link #slow}: the queue's backend waits that long before taking each job (a slow printer);</li>
 *   <li>{@link #garbage}: the bytes are posted to cupsd as an IPP request body on a connection of their own, so
 *       cupsd has to parse and refuse malformed IPP; the driver's next job must still print.</li>
 * </ul>
 */
final class CupsHarness implements DeviceContract.Harness {
    private static final AtomicInteger JOBS = new AtomicInteger();
    private static final byte[] NOTE = TestPdfs.note("Budayang contract test page");

    private final CupsServer server;

    CupsHarness() {
        server = CupsServer.shared();
        server.reset();
    }

    @Override
    public LinkOpener hostOpener() {
        return null;
    }

    @Override
    public Device createDevice(LinkOpener opener) {
        DriverSettings settings = DriverSettings.of("documentPrinter", Map.of(
                "uri", server.queueUri(CupsServer.TEST_QUEUE).toString(), "pollInterval", "50ms"));
        return new CupsPrinterProvider().create(new DriverContext("documentPrinter", settings, Clock.systemUTC()));
    }

    @Override
    public String operationName() {
        return "print";
    }

    @Override
    public Outcome<?> operate(Device device, Deadline deadline, CancelToken cancel) throws LinkLostException {
        String jobId = "contract-" + ProcessHandle.current().pid() + "-" + JOBS.incrementAndGet();
        return ((DocumentPrinter) device).print(jobId, new PrintDocument("contract", NOTE, 1, false), deadline, cancel);
    }

    @Override
    public void unplug() {
        server.stop();
    }

    @Override
    public void replug() {
        server.start();
    }

    @Override
    public void garbage(byte[] bytes) {
        server.sendRaw(bytes);
    }

    @Override
    public void silent(boolean silent) {
        server.frozen(silent);
    }

    @Override
    public void slow(Duration delay) {
        server.backendMode(delay.isZero() ? "ok" : String.format(java.util.Locale.ROOT, "sleep %.3f",
                delay.toMillis() / 1000.0));
    }

    @Override
    public void close() {
        server.reset();
    }
}
