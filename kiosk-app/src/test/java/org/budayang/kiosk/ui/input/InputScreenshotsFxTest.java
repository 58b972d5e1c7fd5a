package org.budayang.kiosk.ui.input;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import org.budayang.api.catalog.InputKind;
import org.budayang.api.services.HelpAnswer;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.help.HelpPanel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Renders every editor, the keyboard mid-typing and the help panel in both themes to
 * {@code target/screenshots/input/<name>-<theme>.png}, to be looked at.
 */
class InputScreenshotsFxTest extends EditorFxTest {
    static final Path OUT = Path.of("target", "screenshots", "input");

    @Test
    void rendersEveryEditorInBothThemes() throws Exception {
        List<Path> written = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            FxToolkit.setupFixture(() -> written.addAll(render(theme)));
        }
        assertTrue(written.size() >= 16, "wrote " + written);
        for (Path p : written) {
            assertTrue(Files.size(p) > 10_000, p + " is " + Files.size(p) + " bytes");
        }
    }

    private List<Path> render(Theme theme) {
        List<Path> files = new ArrayList<>();
        InputStage s = new InputStage(theme, 1300);
        try {
            shot(s, theme, "choice", input("purpose", "申请用途", InputKind.CHOICE, List.of("出国（境）", "就业", "入学", "参军",
                    "落户", "办理签证", "其他用途"), true, 20, "请选择一项"), e -> e.prefill("就业"), files);
            shot(s, theme, "year", input("fromYear", "起始年份", InputKind.YEAR, List.of(), true, 4, ""),
                    e -> e.prefill("2024"), files);
            shot(s, theme, "phone", input("mobile", "手机号码", InputKind.PHONE, List.of(), true, 11, "用于接收办理结果短信"),
                    e -> e.prefill(""), files);
            DigitEditor phone = (DigitEditor) editors.editorFor(input("mobile", "手机号码", InputKind.PHONE, List.of(), true,
                    11, ""));
            phone.prefill("13800138000");
            files.add(write(s, theme, "phone-full", (Parent) phone.node()));
            shot(s, theme, "region", input("region", "户籍所在地行政区划代码", InputKind.REGION_CODE, List.of(), true, 6, ""),
                    e -> e.prefill("620102"), files);
            shot(s, theme, "amount", input("amount", "缴费金额", InputKind.NUMBER, List.of(), true, 9, "单位：元"),
                    e -> e.prefill("360.00"), files);
            shot(s, theme, "date", input("birthDate", "出生日期", InputKind.DATE, List.of(), true, 10, ""),
                    e -> e.prefill("2026-11-26"), files);
            TextEditor text = (TextEditor) editors.editorFor(input("address", "详细地址", InputKind.TEXT, List.of(), true,
                    40, "请输入街道、门牌号"));
            text.prefill("兰州市城关区");
            for (char c : "tianshui".toCharArray()) {
                text.composer().letter(c);
            }
            files.add(write(s, theme, "keyboard", (Parent) text.node()));
            HelpPanel help = new HelpPanel(new HelpAnswer("help-0001", 5, "工作人员约5分钟后到达，请稍候；也可拨打12345。",
                    "0931-12345"), () -> { }, () -> { });
            files.add(write(s, theme, "help", help.root()));
        } finally {
            s.hide();
        }
        return files;
    }

    private void shot(InputStage s, Theme theme, String name, org.budayang.api.catalog.StepInput input,
                      java.util.function.Consumer<InputEditor> fill, List<Path> files) {
        InputEditor e = editors.editorFor(input);
        files.add(write(s, theme, name + "-empty", (Parent) e.node()));
        fill.accept(e);
        files.add(write(s, theme, name, (Parent) e.node()));
    }

    private static Path write(InputStage s, Theme theme, String name, Parent node) {
        s.show(node);
        Path file = OUT.resolve(name + "-" + theme.configValue() + ".png");
        s.writePng(file);
        return file;
    }
}
