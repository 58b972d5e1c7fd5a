package org.budayang.provisioning.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.os.Executables;
import org.budayang.provisioning.os.ProcessCommandRunner;
import org.budayang.provisioning.os.Scripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Gtk3CheckTest {
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path bin;

    private Gtk3Check check(Path searchDir) {
        return new Gtk3Check(new ProcessCommandRunner(Map.of("PATH", Scripts.SYSTEM_PATH),
                new Executables(List.of(searchDir))), MESSAGES);
    }

    /** Gated on what is really installed: GTK 3 as the dynamic linker knows it, or not. */
    @Test
    void thisMachinesLinkerCacheDecides() {
        Executables system = Executables.fromPath(System.getenv("PATH"), List.of(Path.of("/usr/sbin"), Path.of("/sbin")));
        assumeTrue(system.find("ldconfig").isPresent(), "ldconfig is not available here");
        boolean installed = Files.exists(Path.of("/lib/x86_64-linux-gnu/libgtk-3.so.0"))
                || Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0"))
                || Files.exists(Path.of("/usr/lib/aarch64-linux-gnu/libgtk-3.so.0"));

        CheckResult result = new Gtk3Check(new ProcessCommandRunner(System.getenv(), system), MESSAGES).run();

        assertEquals(installed ? CheckStatus.OK : CheckStatus.FAIL, result.status(), result.toString());
        if (installed) {
            assertTrue(result.detail().contains("libgtk-3.so.0 (libc6"), result.detail());
        }
    }

    @Test
    void aLinkerCacheWithoutGtkFailsWithThePackage() throws Exception {
        Scripts.write(bin, "ldconfig", "echo '2 libs found in cache /etc/ld.so.cache';"
                + " echo '\tlibgtk-3.so.0.bak (libc6,x86-64) => /opt/old';"
                + " echo '\tlibgdk-3.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libgdk-3.so.0'");

        CheckResult result = check(bin).run();

        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals("没有安装 GTK 3，JavaFX 无法打开窗口。", result.message());
        assertEquals(bin.resolve("ldconfig") + " -p does not list libgtk-3.so.0 (on Ubuntu 24.04 the package is"
                + " called libgtk-3-0t64)", result.detail());
        assertEquals("apt-get install libgtk-3-0", result.fix());
    }

    @Test
    void aLinkerCacheWithGtkPasses() throws Exception {
        Scripts.write(bin, "ldconfig", "echo '\tlibgtk-3.so.0 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/"
                + "libgtk-3.so.0'");

        CheckResult result = check(bin).run();

        assertEquals(CheckStatus.OK, result.status());
        assertEquals(bin.resolve("ldconfig") + " -p: libgtk-3.so.0 (libc6,x86-64) => /usr/lib/x86_64-linux-gnu/"
                + "libgtk-3.so.0", result.detail());
    }

    @Test
    void withoutLdconfigItWarnsThatItCannotTell() {
        CheckResult result = check(bin.resolve("nothing-here")).run();

        assertEquals(CheckStatus.WARN, result.status());
        assertEquals("无法检查 GTK 3 (ldconfig 不可用)。", result.message());
        assertEquals("ldconfig not found in " + bin.resolve("nothing-here")
                + "; cannot tell whether libgtk-3.so.0 is installed", result.detail());
    }

    @Test
    void aFailingLdconfigWarnsWithItsError() throws Exception {
        Scripts.write(bin, "ldconfig", "echo 'ldconfig: Can'\\''t open cache file /etc/ld.so.cache' >&2; exit 1");

        CheckResult result = check(bin).run();

        assertEquals(CheckStatus.WARN, result.status());
        assertEquals(bin.resolve("ldconfig") + " -p exited with 1: ldconfig: Can't open cache file /etc/ld.so.cache",
                result.detail());
    }
}
