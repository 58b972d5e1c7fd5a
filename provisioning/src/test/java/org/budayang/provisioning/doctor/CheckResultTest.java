package org.budayang.provisioning.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckResultTest {

    @Test
    void factoriesSetTheStatus() {
        assertEquals(CheckStatus.OK, CheckResult.ok("java", "好", "").status());
        CheckResult warn = CheckResult.warn("display", "警告", "DISPLAY is not set", null);
        assertEquals(CheckStatus.WARN, warn.status());
        assertEquals(Optional.empty(), warn.fixCommand());
        CheckResult fail = CheckResult.fail("cjk-font", "失败", "none", "apt-get install fonts-wqy-microhei");
        assertEquals(Optional.of("apt-get install fonts-wqy-microhei"), fail.fixCommand());
    }

    @Test
    void aPassingCheckHasNothingToFix() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new CheckResult("gtk3", CheckStatus.OK, "好", "", "apt-get install libgtk-3-0"));
        assertEquals("CheckResult of check gtk3 is OK but carries fix 'apt-get install libgtk-3-0'; a passing check"
                + " has nothing to fix", error.getMessage());
    }

    @Test
    void blankTextsAreRefusedByName() {
        assertEquals("CheckResult.message must not be blank", assertThrows(IllegalArgumentException.class,
                () -> CheckResult.fail("disk", " ", "", null)).getMessage());
        assertEquals("CheckResult.check must not be blank", assertThrows(IllegalArgumentException.class,
                () -> CheckResult.fail("", "失败", "", null)).getMessage());
        assertEquals("CheckResult.fix of check disk is blank; use null when there is no fix command",
                assertThrows(IllegalArgumentException.class, () -> CheckResult.fail("disk", "失败", "", ""))
                        .getMessage());
        assertEquals("CheckResult.detail is required (may be empty)", assertThrows(NullPointerException.class,
                () -> CheckResult.ok("disk", "好", null)).getMessage());
    }
}
