package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.application.Platform;
import javafx.scene.control.Button;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The receipt printer's status as the supervisor publishes it on the device board: items that need the printer
 * and the 打印一次性告知单 button say why they cannot be used, and come back by themselves.
 */
class PrinterAvailabilityFxTest extends KioskFxTest {

    @Test
    void paperOutMarksPrinterItemsUnavailableWithTheReasonAndPaperBackRestoresThem() throws Exception {
        UiFixture fixture = UiFixture.standard();
        fixture.deviceEvents = Platform::runLater;
        launch(fixture);
        robot.clickOn("请触摸屏幕开始");
        robot.clickOn("#tile-MEDICAL_INSURANCE");
        robot.clickOn(itemButton(TestCatalogs.MEDICAL_TRANSFER));
        assertFalse(node("#guide-print-notice", Button.class).isDisabled());
        assertFalse(node("#guide-start", Button.class).isDisabled());

        fixture.devices.update(DeviceRole.RECEIPT_PRINTER, new DeviceStatus(Health.USER_ERROR,
                Set.of(Condition.PAPER_OUT), RecommendedAction.CLEAR, fixture.clock.instant(), "DLE EOT 4 = 0x72"));
        awaitShowing("暂不可办：凭条打印机的打印纸已用完", 5);
        assertTrue(showing("暂不可打印：凭条打印机的打印纸已用完"));
        assertTrue(showing("凭条打印机的打印纸已用完"), "the availability panel names it too");
        assertTrue(node("#guide-print-notice", Button.class).isDisabled());
        assertTrue(node("#guide-start", Button.class).isDisabled());

        fixture.devices.update(DeviceRole.RECEIPT_PRINTER, new DeviceStatus(Health.DEGRADED,
                Set.of(Condition.PAPER_LOW), RecommendedAction.CLEAR, fixture.clock.instant(), "near end"));
        awaitShowing("可以在本机办理", 5);
        assertFalse(node("#guide-print-notice", Button.class).isDisabled(), "paper low still prints");
        assertFalse(showing("暂不可打印：凭条打印机的打印纸已用完"));

        fixture.devices.update(DeviceRole.RECEIPT_PRINTER, DeviceStatus.offline(fixture.clock.instant(), "silent"));
        awaitShowing("暂不可办：凭条打印机未连接", 5);
        fixture.devices.update(DeviceRole.RECEIPT_PRINTER, new DeviceStatus(Health.USER_ERROR,
                Set.of(Condition.COVER_OPEN), RecommendedAction.CLEAR, fixture.clock.instant(), "cover"));
        awaitShowing("暂不可办：凭条打印机暂停服务", 5);

        robot.clickOn("返回");
        awaitShowing("暂不可办：凭条打印机暂停服务", 5);
        fixture.devices.update(DeviceRole.RECEIPT_PRINTER, DeviceStatus.online(fixture.clock.instant()));
        WaitForAsyncUtils.waitForFxEvents();
        awaitShowing("可以在本机办理", 5);
        assertFalse(showing("暂不可办：凭条打印机暂停服务"), "the department list follows by itself");
    }
}
