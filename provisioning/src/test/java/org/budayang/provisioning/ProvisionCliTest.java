package org.budayang.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.budayang.kiosk.core.security.PinHasher;
import org.budayang.provisioning.doctor.Check;
import org.budayang.provisioning.doctor.CheckResult;
import org.budayang.provisioning.doctor.DiskSpaceCheck;
import org.budayang.provisioning.doctor.StandardChecks;
import org.budayang.provisioning.os.UsableSpace;
import org.budayang.provisioning.pin.PinSource;
import org.budayang.provisioning.pin.StreamPinSource;
import org.junit.jupiter.api.Test;

class ProvisionCliTest {
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private static final Path DEFAULT_DATA_DIR = Path.of("/var/lib/budayang");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Path> doctorAskedFor = new ArrayList<>();

    /** The doctor runs one real check: disk space of the data directory, with the given thresholds. */
    private ProvisionCli cli(String stdin, long failBelow) {
        PinSource pins = new StreamPinSource(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return TestContexts.cli(MESSAGES, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dataDir -> {
                    doctorAskedFor.add(dataDir);
                    Check disk = new DiskSpaceCheck(dataDir, UsableSpace.ofFileStore(), failBelow, failBelow, MESSAGES);
                    return List.of(disk);
                }, pins, DEFAULT_DATA_DIR);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void doctorExitsZeroWhenNothingFailsAndUsesTheDefaultDataDir() {
        int exit = cli("", 0).run("doctor");

        assertEquals(ProvisionCli.EXIT_OK, exit);
        assertEquals(List.of(DEFAULT_DATA_DIR), doctorAskedFor);
        assertTrue(out().startsWith("不打烊 信息亭环境自检\n"), out());
        assertTrue(out().contains("[OK  ] 数据目录磁盘空间: 数据目录可用空间 "), out());
        assertTrue(out().endsWith("共 1 项检查: 1 项正常, 0 项警告, 0 项失败。\n"), out());
        assertEquals("", err());
    }

    @Test
    void doctorExitsOneWhenACheckFailsAndTakesTheDataDirOption() {
        int exit = cli("", Long.MAX_VALUE).run("doctor", "--data-dir", "/tmp/budayang-data");

        assertEquals(ProvisionCli.EXIT_FAILED, exit);
        assertEquals(List.of(Path.of("/tmp/budayang-data")), doctorAskedFor);
        assertTrue(out().contains("[FAIL] 数据目录磁盘空间: "), out());
        assertTrue(out().endsWith("共 1 项检查: 0 项正常, 0 项警告, 1 项失败。\n"), out());
    }

    @Test
    void theRealDoctorOnThisMachineAgreesWithItsOwnSummary() {
        ProvisionCli real = TestContexts.cli(MESSAGES, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                dataDir -> StandardChecks.forThisMachine(dataDir, System.getenv(), MESSAGES),
                new StreamPinSource(new ByteArrayInputStream(new byte[0])), DEFAULT_DATA_DIR);

        int exit = real.run("doctor", "--data-dir", System.getProperty("java.io.tmpdir"));

        boolean failed = out().contains("[FAIL]");
        assertEquals(failed ? ProvisionCli.EXIT_FAILED : ProvisionCli.EXIT_OK, exit, out());
        assertEquals(5, out().lines().filter(line -> line.matches("\\[(OK  |WARN|FAIL)] .*")).count(), out());
    }

    @Test
    void hashPinPrintsOnlyTheHashOfTheEnteredPin() {
        int exit = cli("739204\n", 0).run("hash-pin");

        assertEquals(ProvisionCli.EXIT_OK, exit, err());
        String[] lines = out().split("\n");
        assertEquals(1, lines.length);
        String[] parts = lines[0].split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(Integer.toString(PinHasher.ITERATIONS), parts[1], "the kiosk's iteration count");
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
        assertTrue(PinHasher.verify("739204".toCharArray(), lines[0]), "the kiosk's verifier accepts it");
        assertFalse(PinHasher.verify("739205".toCharArray(), lines[0]));
        assertEquals("", err());
    }

    @Test
    void hashPinRefusesABadPinInChineseWithoutEchoingIt() {
        int exit = cli("12345\n", 0).run("hash-pin");

        assertEquals(ProvisionCli.EXIT_FAILED, exit);
        assertEquals("", out());
        assertEquals("PIN 必须是 6–12 位数字 (输入了 5 位)。\n", err());

        ByteArrayOutputStream simpleErr = new ByteArrayOutputStream();
        assertEquals(ProvisionCli.EXIT_FAILED, TestContexts.cli(MESSAGES, new PrintStream(out), new PrintStream(
                simpleErr, true, StandardCharsets.UTF_8), dataDir -> List.of(),
                new StreamPinSource(new ByteArrayInputStream("654321\n".getBytes(StandardCharsets.US_ASCII))),
                DEFAULT_DATA_DIR).run("hash-pin"));
        assertEquals("PIN 过于简单 (各位相同或为连续数字)，请换一个。\n", simpleErr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void hashPinReportsAnUnreadableInput() {
        PinSource broken = () -> {
            throw new IOException("Input/output error");
        };
        ProvisionCli cli = TestContexts.cli(MESSAGES, new PrintStream(out), new PrintStream(err, true,
                StandardCharsets.UTF_8), dataDir -> List.of(), broken, DEFAULT_DATA_DIR);

        assertEquals(ProvisionCli.EXIT_FAILED, cli.run("hash-pin"));
        assertEquals("无法读取 PIN: Input/output error\n", err());
    }

    @Test
    void badArgumentsPrintTheProblemAndUsageOnStandardErrorAndExitTwo() {
        assertUsageError(new String[] {}, "缺少命令 / missing command", "Usage: budayang provision");
        assertUsageError(new String[] {"frobnicate"}, "参数错误 / bad arguments: Unmatched argument at index 0:"
                + " 'frobnicate'", "Usage: budayang provision");
        assertUsageError(new String[] {"doctor", "--verbose"}, "参数错误 / bad arguments: Unknown option:"
                + " '--verbose'", "Usage: budayang provision doctor");
        assertUsageError(new String[] {"doctor", "--data-dir"}, "参数错误 / bad arguments: Missing required parameter"
                + " for option '--data-dir'", "Usage: budayang provision doctor");
        assertUsageError(new String[] {"hash-pin", "739204"}, "参数错误 / bad arguments: Unmatched argument at index"
                + " 1: '739204'", "Usage: budayang provision hash-pin");
        assertUsageError(new String[] {"probe", "--time-box", "soon"}, "参数错误 / bad arguments: Invalid value for"
                + " option '--time-box': 'soon' is not an int", "Usage: budayang provision probe");
        assertTrue(doctorAskedFor.isEmpty());
    }

    @Test
    void helpPrintsTheUsageWithEveryCommandAndTheExitCodesOnStandardOutput() {
        assertEquals(ProvisionCli.EXIT_OK, cli("", 0).run("--help"));

        assertTrue(out().startsWith("Usage: budayang provision [-hV] [COMMAND]\n"), out());
        for (String command : new String[] {"doctor", "hash-pin", "probe", "selftest", "config"}) {
            assertTrue(out().contains("\n  " + command + " "), command + " in " + out());
        }
        assertTrue(out().contains("  3  配置文件无效/不完整/无法读取，未写入任何内容"), out());
        assertEquals("", err());
    }

    private void assertUsageError(String[] args, String problemStart, String usage) {
        out.reset();
        err.reset();

        int exit = cli("", 0).run(args);

        assertEquals(ProvisionCli.EXIT_USAGE, exit, err());
        assertTrue(err().startsWith(problemStart), err());
        assertTrue(err().contains("\n\n" + usage), err());
        assertEquals("", out());
    }
}
