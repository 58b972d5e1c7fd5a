package org.budayang.provisioning.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCommandRunnerTest {
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    @TempDir
    Path bin;

    private ProcessCommandRunner runner(Map<String, String> environment) {
        return new ProcessCommandRunner(environment, new Executables(List.of(bin)));
    }

    @Test
    void collectsExitCodeAndBothOutputs() throws Exception {
        Path script = Scripts.write(bin, "probe", "echo \"out $1\"; echo 'err 中文' >&2; exit 3");

        CommandResult result = runner(Map.of("PATH", Scripts.SYSTEM_PATH)).run("probe", List.of("one"), GENEROUS);

        assertEquals(List.of(script.toString(), "one"), result.command());
        assertEquals(script + " one", result.commandLine());
        assertEquals(3, result.exitCode());
        assertEquals("out one\n", result.stdout());
        assertEquals("err 中文\n", result.stderr());
    }

    @Test
    void theChildSeesExactlyTheGivenEnvironment() throws Exception {
        Scripts.write(bin, "env-probe", "echo \"FONTCONFIG_FILE=$FONTCONFIG_FILE\"; echo \"HOME=${HOME:-unset}\"");

        CommandResult result = runner(Map.of("PATH", Scripts.SYSTEM_PATH, "FONTCONFIG_FILE", "/tmp/x.conf"))
                .run("env-probe", List.of(), GENEROUS);

        assertEquals(List.of("FONTCONFIG_FILE=/tmp/x.conf", "HOME=unset"), result.stdoutLines());
    }

    @Test
    void aProgramThatIsNotThereIsNamedWithTheSearchPath() {
        CommandException error = assertThrows(CommandException.class,
                () -> runner(Map.of()).run("fc-list", List.of(":lang=zh"), GENEROUS));

        assertEquals(CommandException.Kind.NOT_FOUND, error.kind());
        assertEquals("fc-list", error.program());
        assertEquals("fc-list not found in " + bin, error.getMessage());
    }

    @Test
    void aProgramThatOverrunsIsKilledPromptly() throws Exception {
        Scripts.write(bin, "hang", "exec sleep 30");
        long started = System.nanoTime();

        CommandException error = assertThrows(CommandException.class,
                () -> runner(Map.of("PATH", Scripts.SYSTEM_PATH)).run("hang", List.of(), Duration.ofMillis(300)));

        assertEquals(CommandException.Kind.TIMED_OUT, error.kind());
        assertEquals(bin.resolve("hang") + " did not finish within 300 ms and was killed", error.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0);
    }

    @Test
    void aLargeOutputOnBothStreamsDoesNotBlock() throws Exception {
        Scripts.write(bin, "chatty", "head -c 1000000 /dev/zero | tr '\\0' 'a'; head -c 1000000 /dev/zero | tr '\\0' 'b' >&2");

        CommandResult result = runner(Map.of("PATH", Scripts.SYSTEM_PATH)).run("chatty", List.of(), GENEROUS);

        assertEquals(0, result.exitCode());
        assertEquals(1_000_000, result.stdout().length());
        assertEquals(1_000_000, result.stderr().length());
    }

    @Test
    void aFileThatCannotBeExecutedIsReportedAsNotStarted() throws Exception {
        Scripts.write(bin, "broken", "exit 0");
        java.nio.file.Files.writeString(bin.resolve("broken"), "#!/nonexistent/interpreter\n");

        CommandException error = assertThrows(CommandException.class,
                () -> runner(Map.of()).run("broken", List.of(), GENEROUS));

        assertEquals(CommandException.Kind.NOT_STARTED, error.kind());
        assertTrue(error.getMessage().startsWith("could not start " + bin.resolve("broken") + ": "),
                error.getMessage());
    }
}
