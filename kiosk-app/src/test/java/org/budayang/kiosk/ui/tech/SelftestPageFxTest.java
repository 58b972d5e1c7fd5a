package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Health;
import org.budayang.driver.escpos.emulator.PrinterEmulator.PaperLevel;
import org.budayang.kiosk.core.config.Orientation;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.identity.ReaderRig;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * 设备自检 in the real shell (TestFX, Monocle): 技术员面板 → 设备自检, the self-test on the idcard-sam and escpos drivers
 * the kiosk holds (emulators on socat ptys; the printer out of paper), the prompt shown large while the reader waits
 * for the card, each role's result with its 处理建议, the summary, then 返回 to the panel. Screenshots of each step in
 * the standard landscape and 长者模式 portrait looks.
 */
class SelftestPageFxTest extends PanelFxTest {
    @TempDir
    Path dataDir;
    private PanelRig rig;

    @AfterEach
    void unplug() {
        if (rig != null) {
            rig.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"STANDARD, LANDSCAPE", "ELDER, PORTRAIT"})
    void theTechnicianTestsEachDeviceAndReadsWhatToDo(Theme theme, Orientation orientation) throws Exception {
        rig = new PanelRig(dataDir, true);
        rig.printer.paper(PaperLevel.OUT);
        rig.await("the supervisor sees the paper out", () -> rig.board.status(DeviceRole.RECEIPT_PRINTER).health()
                == Health.USER_ERROR);
        launch(theme, orientation);
        robot.interact(() -> vm().technician().useSelftest(new SelftestViewModel(rig.devices::device, "城关区政务服务中心",
                new SelftestFiles(dataDir), SelftestSender.notEnrolled(), "0.1.0-test",
                Messages.load(Locale.SIMPLIFIED_CHINESE), Clock.systemUTC(), Duration.ofSeconds(20), rig.background,
                Platform::runLater)));
        openPanel();
        assertEquals("设备自检", node("#tech-selftest", Button.class).getText());
        assertFalse(shown("#tech-enrol"), "no enrolment page is wired here");

        robot.clickOn("#tech-selftest");
        assertTrue(shown("#selftest-page"));
        assertFalse(shown("#technician-panel"), "the page lies over the panel");
        assertEquals("本机配置了 2 台设备。按“开始自检”逐台测试，需要操作时本页会提示。",
                node("#selftest-prompt", Label.class).getText());
        shot("technician-selftest-ready");

        robot.clickOn("#selftest-start");
        await("the prompt for a card", 15, () -> "请把一张身份证放在读卡区".equals(node("#selftest-prompt", Label.class)
                .getText()));
        assertTrue(shown("#selftest-skip"));
        assertFalse(shown("#selftest-start"), "no second start while it runs");
        assertEquals("第 1 项 / 共 2 项：身份证阅读器", node("#selftest-progress", Label.class).getText());
        assertEquals("测试中", node("#selftest-state-idCardReader", Label.class).getText());
        shot("technician-selftest-prompt");

        rig.reader.place(ReaderRig.ZHANG_SAN);
        await("the self-test done", 20, () -> shown("#selftest-start") && node("#selftest-summary", Label.class)
                .getText().startsWith("共 2 项"));
        assertEquals("通过", node("#selftest-state-idCardReader", Label.class).getText());
        assertEquals("未通过", node("#selftest-state-receiptPrinter", Label.class).getText());
        assertEquals("处理建议：缺纸：装入打印纸并合上纸仓盖。", node("#selftest-advice-receiptPrinter", Label.class).getText());
        assertEquals("重新自检", node("#selftest-start", Button.class).getText());
        assertTrue(Files.exists(dataDir.resolve("provisioning").resolve("selftest-last.pdf")));
        shot("technician-selftest-done");

        robot.clickOn("#selftest-back");
        assertTrue(shown("#technician-panel"), "返回: the panel again");
        assertFalse(shown("#selftest-page"));
    }
}
