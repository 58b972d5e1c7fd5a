package org.budayang.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * provisioning's logging configuration is {@code logback-provision.xml}, not {@code logback.xml}, so that the kiosk
 * (which has provisioning on its class path for the technician panel) keeps its own; {@link ProvisionMain} selects
 * it before the first logger unless {@code logback.configurationFile} is already given. Checked in a child JVM with
 * Logback's own status output ({@code -Dlogback.debug=true}).
 */
class LogbackSelectionTest {
    @TempDir
    Path dir;

    private String provision(String... jvmOptions) throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.properties"), "site.name=测试\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(List.of(jvmOptions));
        // without central (a test-only dependency whose own logback.xml is not provision's business)
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("/central/")).collect(Collectors.joining(File.pathSeparator));
        command.addAll(List.of("-cp", classPath, ProvisionMain.class.getName(),
                "config", "show", "-c", config.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "provision did not finish");
        return output;
    }

    @Test
    void theCliUsesItsOwnConfigurationAndNoLogbackXmlIsShipped() throws Exception {
        // central is on the tests' class path only (enrol/status tests); provisioning itself ships no logback.xml
        assertTrue(java.util.Collections.list(ProvisionMain.class.getClassLoader().getResources("logback.xml"))
                .stream().noneMatch(url -> url.toString().contains("/provisioning/")),
                "provisioning ships no logback.xml (the kiosk has provisioning on its class path)");
        assertTrue(ProvisionMain.class.getClassLoader().getResource(ProvisionMain.LOGBACK_CONFIG) != null);

        String output = provision("-Dlogback.debug=true");

        // what only logback-provision.xml configures (the module has no other logging configuration)
        assertTrue(output.contains("Processing appender named [STDERR]"), output);
        assertTrue(output.contains("Setting level of ROOT logger to WARN"), output);
    }

    @Test
    void aConfigurationGivenOnTheCommandLineWins() throws Exception {
        Path own = Files.writeString(dir.resolve("own-logback.xml"), "<configuration><root level=\"ERROR\"/>"
                + "</configuration>\n", StandardCharsets.UTF_8);

        String output = provision("-Dlogback.debug=true", "-Dlogback.configurationFile=" + own);

        assertFalse(output.contains("logback-provision.xml"), output);
        assertFalse(output.contains("Setting level of ROOT logger to WARN"), output);
        assertEquals(1, output.lines().filter(l -> l.contains("Setting level of ROOT logger to ERROR")).count(),
                output);
    }
}
