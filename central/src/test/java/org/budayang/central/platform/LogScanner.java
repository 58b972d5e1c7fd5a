package org.budayang.central.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budayang.api.identity.IdNumber;

/**
 * Scans a log file for personal data: every 18-character run of {@code [0-9]{17}[0-9X]} that is a
 * valid GB 11643 number (a masked one has '*' and never passes), and every request-log line whose
 * path is not one of the route templates central logged as registered (a raw path may carry an ID
 * number or a name). Findings show the number masked, so the report itself leaks nothing.
 */
final class LogScanner {
    private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern ROUTE = Pattern.compile("Route ([A-Z_]+) (\\S+) registered");
    private static final Pattern REQUEST = Pattern.compile(" - ([A-Z]+) (<unmatched path>|\\S+) answered [0-9]{3} in ");
    private static final String UNMATCHED = "<unmatched";

    /** What the scan found and how much it looked at. */
    record Result(List<String> findings, int lines, int requestLines, int routes) {
    }

    static Result scan(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the log file " + file.toAbsolutePath(), e);
        }
        Set<String> routes = new HashSet<>();
        for (String line : lines) {
            Matcher route = ROUTE.matcher(line);
            if (route.find()) {
                routes.add(route.group(1) + " " + route.group(2));
            }
        }
        List<String> findings = new ArrayList<>();
        int requests = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher id = ID.matcher(line);
            while (id.find()) {
                if (IdNumber.isValid(id.group())) {
                    findings.add(file.getFileName() + ":" + (i + 1) + ": unmasked ID number "
                            + IdNumber.mask(id.group()));
                }
            }
            Matcher request = REQUEST.matcher(line);
            if (request.find()) {
                requests++;
                String path = request.group(2);
                if (!path.startsWith(UNMATCHED) && !routes.contains(request.group(1) + " " + path)) {
                    findings.add(file.getFileName() + ":" + (i + 1) + ": request log names '"
                            + IdNumber.mask(path) + "', which is not a registered route template");
                }
            }
        }
        return new Result(findings, lines.size(), requests, routes.size());
    }
}
