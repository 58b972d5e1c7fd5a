package org.budayang.driver.cups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.budayang.driver.DriverContext;
import org.budayang.driver.DriverSettings;
import org.budayang.driver.link.LinkLostException;
import org.budayang.driver.op.CancelToken;
import org.budayang.driver.op.Deadline;
import org.budayang.driver.printer.DocumentPrinter;

/** Builds enabled {@code cups} printers on the test server's queues, and reads what came out. */
final class Printers {
    private Printers() {
    }

    static DocumentPrinter enabled(CupsServer server, String queue, Map<String, String> extra) throws LinkLostException {
        Map<String, String> values = new HashMap<>(extra);
        values.put("uri", server.queueUri(queue).toString());
        values.putIfAbsent("pollInterval", "50ms");
        DocumentPrinter printer = (DocumentPrinter) new CupsPrinterProvider().create(new DriverContext(
                "documentPrinter", DriverSettings.of("documentPrinter", values), Clock.systemUTC()));
        printer.open();
        printer.enable();
        return printer;
    }

    static DocumentPrinter enabled(CupsServer server, String queue) throws LinkLostException {
        return enabled(server, queue, Map.of());
    }

    /** The CUPS job number the driver wrote into the job's detail ("CUPS job N …"). */
    static int cupsJob(String detail) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("CUPS job (\\d+)").matcher(detail);
        if (!matcher.find()) {
            throw new AssertionError("no CUPS job number in the job detail: " + detail);
        }
        return Integer.parseInt(matcher.group(1));
    }

    static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Deadline seconds(int seconds) {
        return Deadline.in(java.time.Duration.ofSeconds(seconds));
    }

    static CancelToken none() {
        return CancelToken.none();
    }
}
