package org.budayang.kiosk.availability;

import static org.budayang.kiosk.catalog.TestCatalogs.MEDICAL_TRANSFER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.driver.Condition;
import org.budayang.driver.DeviceStatus;
import org.budayang.driver.Health;
import org.budayang.driver.RecommendedAction;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.devices.DeviceBoard;
import org.budayang.kiosk.ui.common.AvailabilityLine;
import org.budayang.kiosk.ui.common.CatalogTexts;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.Test;

/** Availability from the devices' live status: the reason names what is wrong (issue #5, "In the kiosk"). */
class DeviceAvailabilityTest {
    private static final Clock MORNING = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Instant AT = MORNING.instant();

    private final DeviceBoard board = new DeviceBoard(MORNING, Runnable::run);
    private final AvailabilityService service = AvailabilityService.withDeviceStatuses(MORNING, () -> true,
            board::status);
    private final CatalogTexts zh = new CatalogTexts(Messages.load(Locale.SIMPLIFIED_CHINESE));
    private final ServiceItem transfer = TestCatalogs.item(MEDICAL_TRANSFER);

    DeviceAvailabilityTest() {
        board.update(DeviceRole.ID_CARD_READER, DeviceStatus.online(AT));
        board.update(DeviceRole.RECEIPT_PRINTER, DeviceStatus.online(AT));
    }

    private static DeviceStatus status(Health health, RecommendedAction action, Condition... conditions) {
        return new DeviceStatus(health, Set.of(conditions), action, AT, "test");
    }

    private String reasonFor(DeviceStatus printer) {
        board.update(DeviceRole.RECEIPT_PRINTER, printer);
        return zh.status(transfer, service.check(transfer));
    }

    @Test
    void eachPrinterConditionHasItsOwnReason() {
        assertEquals("暂不可办：凭条打印机的打印纸已用完",
                reasonFor(status(Health.USER_ERROR, RecommendedAction.CLEAR, Condition.PAPER_OUT)));
        assertEquals("暂不可办：凭条打印机暂停服务",
                reasonFor(status(Health.USER_ERROR, RecommendedAction.CLEAR, Condition.COVER_OPEN)));
        assertEquals("暂不可办：凭条打印机暂停服务",
                reasonFor(status(Health.HARDWARE_ERROR, RecommendedAction.MAINTENANCE, Condition.JAM)));
        assertEquals("暂不可办：凭条打印机未连接", reasonFor(DeviceStatus.offline(AT, "no answer to DLE EOT")));
        assertEquals("暂不可办：本机凭条打印机暂不可用", reasonFor(DeviceStatus.notConfigured(AT, "none")));
        assertEquals("可以在本机办理", reasonFor(DeviceStatus.online(AT)));
    }

    @Test
    void paperLowStaysAvailableButABlockingConditionDoesNotEvenWhenDegraded() {
        assertEquals(ItemAvailability.AVAILABLE, check(status(Health.DEGRADED, RecommendedAction.CLEAR,
                Condition.PAPER_LOW)));
        ItemAvailability out = check(status(Health.DEGRADED, RecommendedAction.CLEAR, Condition.PAPER_OUT));
        assertEquals(List.of(Unavailability.device(DeviceRole.RECEIPT_PRINTER, DeviceProblem.PAPER_OUT)),
                out.reasons());
    }

    private ItemAvailability check(DeviceStatus printer) {
        board.update(DeviceRole.RECEIPT_PRINTER, printer);
        return service.check(transfer);
    }

    @Test
    void aReaderStandingByIsNotClaimedReady() {
        board.update(DeviceRole.ID_CARD_READER, DeviceStatus.offline(AT, "link lost"));
        board.update(DeviceRole.QR_SCANNER, DeviceStatus.online(AT));
        ItemAvailability a = service.check(transfer);
        assertTrue(a.available(), "医保电子凭证 works: " + a);
        String devices = zh.availabilityLines(transfer, a).get(0).text();
        assertTrue(devices.startsWith("本机所需设备可用") && !devices.contains("身份证阅读器"), devices);
    }

    @Test
    void everyFailingDeviceIsListedWithItsOwnProblem() {
        board.update(DeviceRole.ID_CARD_READER, DeviceStatus.offline(AT, "link lost"));
        board.update(DeviceRole.RECEIPT_PRINTER, status(Health.USER_ERROR, RecommendedAction.CLEAR, Condition.PAPER_OUT));
        ItemAvailability a = service.check(transfer);
        // no way of identifying works (the 社保卡 reader and the scanner are not configured here): all are named
        assertEquals(List.of(Unavailability.device(DeviceRole.ID_CARD_READER, DeviceProblem.OFFLINE),
                Unavailability.device(DeviceRole.SOCIAL_CARD_READER, DeviceProblem.NOT_CONFIGURED),
                Unavailability.device(DeviceRole.RECEIPT_PRINTER, DeviceProblem.PAPER_OUT),
                Unavailability.device(DeviceRole.QR_SCANNER, DeviceProblem.NOT_CONFIGURED)), a.reasons());
        assertEquals(new AvailabilityLine(false,
                "身份证阅读器未连接；本机社保卡读卡器暂不可用；凭条打印机的打印纸已用完；本机扫码器暂不可用"),
                zh.availabilityLines(transfer, a).get(0));
        assertEquals(Optional.of(DeviceProblem.PAPER_OUT), service.deviceProblem(DeviceRole.RECEIPT_PRINTER));
        assertEquals(Optional.of(DeviceProblem.OFFLINE), service.deviceProblem(DeviceRole.ID_CARD_READER));
    }

    @Test
    void theProblemFollowsTheStatus() {
        assertEquals(Optional.empty(), DeviceProblem.of(DeviceStatus.online(AT)));
        assertEquals(Optional.of(DeviceProblem.TONER_OUT),
                DeviceProblem.of(status(Health.USER_ERROR, RecommendedAction.CLEAR, Condition.TONER_OUT)));
        assertEquals(Optional.of(DeviceProblem.OUT_OF_SERVICE),
                DeviceProblem.of(status(Health.HARDWARE_ERROR, RecommendedAction.MAINTENANCE)));
        for (DeviceProblem p : DeviceProblem.values()) {
            assertTrue(Messages.load(Locale.ENGLISH).has(p.bundleKey()), p.name());
            assertTrue(zh.messages().has(p.bundleKey()), p.name());
        }
    }
}
