package org.budayang.central.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test of central (its own surefire execution, see central/pom.xml) and
 * fails the build when the log of that run holds an unmasked ID number or a raw request path.
 */
class PersonalDataLogScan {
    @Test
    void theLogsOfTheWholeTestRunHoldNoPersonalData() {
        Path log = Path.of(System.getProperty("central.testLog", "target/test-logs/central-tests.log"));
        assertTrue(Files.isRegularFile(log), "no test log at " + log.toAbsolutePath() + "; the tests must run first "
                + "(./mvnw -pl central verify) with src/test/resources/logback-test.xml");
        LogScanner.Result result = LogScanner.scan(log);
        assertTrue(result.findings().isEmpty(), result.findings().size() + " log lines with personal data:\n"
                + String.join("\n", result.findings().subList(0, Math.min(20, result.findings().size()))));
        assertTrue(result.requestLines() > 0 || result.lines() > 0, "the log at " + log + " is empty");
    }
}
