package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.ui.UiFixture;
import org.junit.jupiter.api.Test;

class UnavailableFxTest extends KioskFxTest {

    @Test
    void centralUnreachableShowsTheReasonAndDisablesStart() throws Exception {
        UiFixture fixture = UiFixture.standard();
        fixture.centralUp.set(false);
        launch(fixture);
        robot.clickOn("请触摸屏幕开始");
        robot.clickOn("#tile-PUBLIC_SECURITY");
        assertTrue(showing("暂不可办：与服务中心的网络暂时中断"));
        assertTrue(showing("暂不可办：与服务中心的网络暂时中断；本机纸币识别器暂不可用"));

        robot.clickOn(itemButton(TestCatalogs.NO_CRIMINAL_RECORD));
        assertTrue(node("#guide-start", Button.class).isDisabled());
        assertFalse(node("#guide-print-notice", Button.class).isVisible(),
                "no receipt printer configured here: no 打印一次性告知单 at all");
        assertTrue(visibleTexts().stream().noneMatch(t -> t.contains("暂不可打印")), "and no reason that never clears");
        assertTrue(showing("暂不可办：与服务中心的网络暂时中断"));
        assertTrue(showing("✘"));
        assertTrue(showing("与服务中心的网络暂时中断"));
        assertTrue(showing("本机所需设备可用：身份证阅读器、文件打印机、摄像头"));

        fixture.centralUp.set(true);
        robot.interact(fixture.catalog::refresh);
        assertFalse(node("#guide-start", Button.class).isDisabled(), "central back: the item can be started");
        assertTrue(showing("与服务中心连接正常"));
    }
}
