package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner finds what it must (planted lines) and nothing else. */
class LogScannerTest {
    @TempDir
    Path dir;

    @Test
    void plantedIdNumbersAndRawPathsAreFoundAndReportedMasked() throws IOException {
        Path log = dir.resolve("planted.log");
        Files.write(log, List.of(
                "10:00:00.000 DEBUG [main] o.b.central.CentralServer - Route GET /api/v1/citizens/{idNumber} registered",
                "10:00:00.001 INFO  [main] o.b.x.Foo - looked up citizen 11010519491231002X today",
                "10:00:00.002 INFO  [main] o.b.x.Foo - masked 110105********002X is fine",
                "10:00:00.003 INFO  [main] o.b.x.Foo - 110105194912310021 fails the check digit, not personal data",
                "10:00:00.004 INFO  [main] o.b.x.Foo - order 12345678901234567890123 is longer than an ID number",
                "10:00:00.005 DEBUG [qtp-1] o.b.c.web.CentralWeb - GET /api/v1/citizens/{idNumber} answered 200 in 3 ms",
                "10:00:00.006 DEBUG [qtp-1] o.b.c.web.CentralWeb - GET /api/v1/citizens/zhang answered 404 in 1 ms",
                "10:00:00.007 DEBUG [qtp-1] o.b.c.web.CentralWeb - POST <unmatched path> answered 404 in 1 ms",
                "10:00:00.008 INFO  [main] o.b.x.Foo - lower-case check char 11010519491231002x"),
                StandardCharsets.UTF_8);

        LogScanner.Result result = LogScanner.scan(log);

        assertEquals(List.of(
                "planted.log:2: unmasked ID number 110105********002X",
                "planted.log:7: request log names '/api/v************hang', which is not a registered route template",
                "planted.log:9: unmasked ID number 110105********002x"), result.findings());
        assertEquals(3, result.requestLines());
        assertEquals(1, result.routes());
        assertFalse(String.join("\n", result.findings()).contains("11010519491231002X"));
    }

    @Test
    void aCleanLogHasNoFindings() throws IOException {
        Path log = dir.resolve("clean.log");
        Files.writeString(log, "10:00:00.000 INFO  [main] o.b.x.Foo - citizen 620102********0034 served\n");
        assertTrue(LogScanner.scan(log).findings().isEmpty());
    }
}
