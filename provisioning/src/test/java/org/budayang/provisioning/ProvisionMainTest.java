package org.budayang.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.budayang.kiosk.core.security.PinHasher;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link ProvisionMain} as a separate Java process, as the launcher does: real exit codes, real
 * standard streams, and standard input that is not a terminal (so {@code System.console()} is null).
 */
class ProvisionMainTest {

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private static Run provision(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classpath(), ProvisionMain.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] stdout = process.getInputStream().readAllBytes();
        byte[] stderr = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "provision did not finish");
        return new Run(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    /**
     * The test's class path: this module, its libraries and the drivers (found through ServiceLoader), without
     * central, which is on it only for the enrol/status tests (its logback.xml would make logback report the
     * duplicate on standard error; the installed tool has no central).
     */
    private static String classpath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !isCentral(Path.of(entry)))
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    private static boolean isCentral(Path entry) {
        String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
        return name.matches("central-[0-9].*\\.jar")
                || entry.endsWith(Path.of("central", "target", "classes"));
    }

    @Test
    void hashPinReadsStandardInputWhenItIsNotATerminal() throws Exception {
        Run run = provision("739204\n", "hash-pin");

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().matches("pbkdf2-sha256\\$120000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}\n"),
                run.stdout());
        assertTrue(PinHasher.verify("739204".toCharArray(), run.stdout().strip()), "the kiosk's verifier accepts it");
        assertEquals("", run.stderr());
    }

    @Test
    void aRefusedPinExitsOneWithTheReasonInUtf8() throws Exception {
        Run run = provision("111111\n", "hash-pin");

        assertEquals(1, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals("PIN 过于简单 (各位相同或为连续数字)，请换一个。\n", run.stderr());
    }

    @Test
    void badArgumentsExitTwoWithTheUsage() throws Exception {
        Run run = provision("", "doctr");

        assertEquals(2, run.exitCode());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().startsWith("参数错误 / bad arguments: Unmatched argument at index 0: 'doctr'\n"),
                run.stderr());
    }

    @Test
    void doctorRunsEveryCheckOnThisMachine() throws Exception {
        Run run = provision("", "doctor", "--data-dir", System.getProperty("java.io.tmpdir"));

        assertEquals(run.stdout().contains("[FAIL]") ? 1 : 0, run.exitCode(), run.stdout() + run.stderr());
        for (String name : List.of("Java 运行环境", "中文字体", "图形显示", "GTK 3 图形库", "数据目录磁盘空间")) {
            assertTrue(run.stdout().contains("] " + name + ": "), run.stdout());
        }
        assertEquals("", run.stderr());
    }
}
