package org.budayang.driver.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ExternalToolTest {

    @Test
    void aMissingProgramSkipsTheTestOrFailsOnCiNamingTheDebianPackage() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Class<? extends Throwable> expected = ci ? AssertionFailedError.class : TestAbortedException.class;
        Throwable thrown = assertThrows(expected,
                () -> ExternalTool.require("budayang-no-such-program", "budayang-pkg", "this test"));
        assertTrue(thrown.getMessage().contains("Install the Debian package 'budayang-pkg'"), thrown.getMessage());
        assertTrue(thrown.getMessage().contains(ci ? "failing, not skipping, because CI=true" : "test skipped"),
                thrown.getMessage());
    }

    @Test
    void aProgramOnThePathIsFound() {
        assertEquals("sh", ExternalTool.find("sh").orElseThrow().getFileName().toString());
    }
}
