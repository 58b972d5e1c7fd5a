package org.budayang.provisioning.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.os.CommandResult;
import org.budayang.provisioning.os.Executables;
import org.budayang.provisioning.os.ProcessCommandRunner;
import org.budayang.provisioning.os.Scripts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code fc-list} of this machine, once as it is and once with a fontconfig
 * configuration of the test's own (an empty font directory, or one holding a single real CJK font).
 */
class CjkFontCheckTest {
    private static final Messages MESSAGES = Messages.load(Locale.SIMPLIFIED_CHINESE);
    private static final Executables MACHINE = Executables.fromPath(System.getenv("PATH"), List.of());

    @TempDir
    Path temp;

    @Test
    void thisMachineHasChineseFonts() throws Exception {
        assumeTrue(MACHINE.find("fc-list").isPresent(), "fontconfig is not installed here");
        assumeTrue(realCjkFont().isPresent(), "no CJK font is installed here");

        CheckResult result = new CjkFontCheck(new ProcessCommandRunner(System.getenv(), MACHINE), MESSAGES).run();

        assertEquals(CheckStatus.OK, result.status(), result.toString());
        assertTrue(result.message().startsWith("已安装 "), result.message());
        assertTrue(result.detail().contains("fc-list :lang=zh family found "), result.detail());
    }

    @Test
    void anEmptyFontDirectoryFailsAndNamesThePackage() throws Exception {
        assumeTrue(MACHINE.find("fc-list").isPresent(), "fontconfig is not installed here");

        CheckResult result = withFontDirectory(Files.createDirectories(temp.resolve("fonts"))).run();

        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals("没有中文字体，界面上的汉字会显示成方框。", result.message());
        assertTrue(result.detail().endsWith("fc-list :lang=zh family listed no font with Chinese glyphs"),
                result.detail());
        assertEquals("apt-get install fonts-wqy-microhei", result.fix());
    }

    @Test
    void oneRealChineseFontIsEnough() throws Exception {
        assumeTrue(MACHINE.find("fc-list").isPresent(), "fontconfig is not installed here");
        Optional<Path> font = realCjkFont();
        assumeTrue(font.isPresent(), "no CJK font is installed here");
        Path fonts = Files.createDirectories(temp.resolve("fonts"));
        Files.createSymbolicLink(fonts.resolve(font.get().getFileName()), font.get());

        CheckResult result = withFontDirectory(fonts).run();

        assertEquals(CheckStatus.OK, result.status(), result.toString());
        assertTrue(result.detail().contains(" found "), result.detail());
        assertEquals(null, result.fix());
    }

    @Test
    void withoutFontconfigItNamesBothPackages() {
        CjkFontCheck check = new CjkFontCheck(new ProcessCommandRunner(Map.of(),
                new Executables(List.of(temp))), MESSAGES);

        CheckResult result = check.run();

        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals("找不到 fc-list 命令 (缺少 fontconfig)，无法检查中文字体。", result.message());
        assertEquals("fc-list not found in " + temp, result.detail());
        assertEquals("apt-get install fontconfig fonts-wqy-microhei", result.fix());
    }

    @Test
    void aFailingFcListIsReportedWithItsError() throws Exception {
        Scripts.write(temp, "fc-list", "echo 'Fontconfig error: Cannot load default config file' >&2; exit 1");
        CjkFontCheck check = new CjkFontCheck(new ProcessCommandRunner(Map.of("PATH", Scripts.SYSTEM_PATH),
                new Executables(List.of(temp))), MESSAGES);

        CheckResult result = check.run();

        assertEquals(CheckStatus.FAIL, result.status());
        assertEquals("字体检查命令执行失败，无法确认中文字体。", result.message());
        assertEquals(temp.resolve("fc-list") + " :lang=zh family exited with 1: Fontconfig error: Cannot load"
                + " default config file", result.detail());
    }

    @Test
    void familiesAreCountedOnceWhateverTheirAliases() throws Exception {
        Scripts.write(temp, "fc-list", "printf 'WenQuanYi Micro Hei,文泉驛微米黑\\nWenQuanYi Micro Hei\\n"
                + "Noto Sans CJK SC,Noto Sans CJK SC Regular\\n\\n'");
        CjkFontCheck check = new CjkFontCheck(new ProcessCommandRunner(Map.of("PATH", Scripts.SYSTEM_PATH),
                new Executables(List.of(temp))), MESSAGES);

        CheckResult result = check.run();

        assertEquals("已安装 2 种中文字体。", result.message());
        assertEquals(temp.resolve("fc-list") + " :lang=zh family found 2 families, e.g. Noto Sans CJK SC,"
                + " WenQuanYi Micro Hei", result.detail());
    }

    private CjkFontCheck withFontDirectory(Path fonts) throws Exception {
        Path config = temp.resolve("fonts.conf");
        Files.writeString(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig>\n  <dir>" + fonts + "</dir>\n  <cachedir>" + temp.resolve("cache")
                + "</cachedir>\n</fontconfig>\n");
        Map<String, String> environment = Map.of("PATH", Scripts.SYSTEM_PATH, "FONTCONFIG_FILE", config.toString(),
                "HOME", temp.toString());
        return new CjkFontCheck(new ProcessCommandRunner(environment, MACHINE), MESSAGES);
    }

    /** A CJK font file that this machine's fontconfig knows, found with the real fc-list. */
    private static Optional<Path> realCjkFont() throws Exception {
        CommandResult files = new ProcessCommandRunner(System.getenv(), MACHINE)
                .run("fc-list", List.of(":lang=zh", "file"), Duration.ofSeconds(60));
        return files.stdoutLines().stream()
                .map(line -> line.endsWith(":") ? line.substring(0, line.length() - 1) : line)
                .map(Path::of)
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
