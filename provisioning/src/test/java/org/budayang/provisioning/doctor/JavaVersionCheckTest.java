package org.budayang.provisioning.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.budayang.provisioning.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavaVersionCheckTest {
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @Test
    void theRuntimeRunningTheseTestsPasses() {
        CheckResult result = new JavaVersionCheck(Runtime.version(), System.getProperty("java.home"), MESSAGES).run();

        assertEquals(CheckStatus.OK, result.status());
        assertEquals("Java " + Runtime.version() + "，满足要求 (17 或更高)。", result.message());
        assertEquals("java.version " + Runtime.version() + " at " + System.getProperty("java.home")
                + "; required feature release >= 17", result.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"17", "17.0.15+6", "21.0.4", "25"})
    void seventeenAndNewerPass(String version) {
        assertEquals(CheckStatus.OK, check(version).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.0.24+8", "1.8", "16.0.2"})
    void olderRuntimesFailWithTheInstallCommand(String version) {
        CheckResult result = check(version);

        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals("Java " + version + " 版本过低，信息亭需要 Java 17 或更高版本。", result.message());
        assertEquals("apt-get install openjdk-17-jdk-headless", result.fix());
    }

    private static CheckResult check(String version) {
        return new JavaVersionCheck(Runtime.Version.parse(version), "/usr/lib/jvm/test", MESSAGES).run();
    }
}
