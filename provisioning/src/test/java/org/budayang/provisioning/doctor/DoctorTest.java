package org.budayang.provisioning.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.budayang.provisioning.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorTest {
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path temp;

    private static Check check(String id, Supplier<CheckResult> result) {
        return new Check() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public CheckResult run() {
                return result.get();
            }
        };
    }

    @Test
    void printsOneBlockPerCheckAndASummary() {
        Doctor doctor = new Doctor(List.of(
                check("java", () -> CheckResult.ok("java", "Java 17 可用。", "")),
                check("display", () -> CheckResult.warn("display", "只能无屏幕运行。", "DISPLAY is not set", null)),
                check("cjk-font", () -> CheckResult.fail("cjk-font", "没有中文字体。", "fc-list listed nothing",
                        "apt-get install fonts-wqy-microhei"))), MESSAGES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        List<CheckResult> results = doctor.examine(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertEquals(3, results.size());
        assertTrue(Doctor.anyFailed(results));
        assertEquals(String.join("\n",
                "不打烊 信息亭环境自检",
                "",
                "[OK  ] Java 运行环境: Java 17 可用。",
                "[WARN] 图形显示: 只能无屏幕运行。",
                "       详情: DISPLAY is not set",
                "[FAIL] 中文字体: 没有中文字体。",
                "       详情: fc-list listed nothing",
                "       修复: apt-get install fonts-wqy-microhei",
                "",
                "共 3 项检查: 1 项正常, 1 项警告, 1 项失败。",
                ""), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCheckThatThrowsFailsAloneAndTheOthersStillRun() {
        Doctor doctor = new Doctor(List.of(
                check("gtk3", () -> {
                    throw new IllegalStateException("ldconfig output unreadable");
                }),
                check("disk", () -> null),
                check("java", () -> CheckResult.ok("java", "Java 17 可用。", ""))), MESSAGES);

        List<CheckResult> results = doctor.examine();

        assertEquals(List.of(CheckStatus.FAIL, CheckStatus.FAIL, CheckStatus.OK),
                results.stream().map(CheckResult::status).toList());
        assertEquals("此项检查本身出错，结果未知。", results.get(0).message());
        assertEquals("java.lang.IllegalStateException: ldconfig output unreadable", results.get(0).detail());
        assertEquals("java.lang.NullPointerException: check disk returned no result", results.get(1).detail());
    }

    @Test
    void warningsAreNotFailures() {
        assertFalse(Doctor.anyFailed(List.of(CheckResult.warn("display", "警告", "", null),
                CheckResult.ok("java", "好", ""))));
    }

    /** Every standard check runs for real on this machine and has a display name. */
    @Test
    void theStandardChecksRunOnThisMachine() {
        List<Check> checks = StandardChecks.forThisMachine(temp, System.getenv(), MESSAGES);

        List<CheckResult> results = new Doctor(checks, MESSAGES).examine();

        assertEquals(List.of("java", "cjk-font", "display", "gtk3", "disk"),
                results.stream().map(CheckResult::check).toList());
        for (CheckResult result : results) {
            assertFalse(MESSAGES.get("check." + result.check() + ".name").isBlank());
            assertFalse(result.message().equals(MESSAGES.get("doctor.crashed")), result.toString());
        }
        assertEquals(CheckStatus.OK, results.get(0).status());
    }
}
