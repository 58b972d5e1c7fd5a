package org.budayang.kiosk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.Material;
import org.budayang.api.catalog.MaterialForm;
import org.budayang.api.catalog.ServiceHours;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.availability.ItemAvailability;
import org.budayang.kiosk.availability.Reason;
import org.budayang.kiosk.availability.Unavailability;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.junit.jupiter.api.Test;

class CatalogTextsTest {
    private final CatalogTexts zh = new CatalogTexts(Messages.load(Locale.SIMPLIFIED_CHINESE));
    private final CatalogTexts en = new CatalogTexts(Messages.load(Locale.ENGLISH));

    @Test
    void timeLimitZeroIsImmediate() {
        assertEquals("即办", zh.timeLimit(0));
        assertEquals("20 个工作日", zh.timeLimit(20));
        assertEquals("done on the spot", en.timeLimit(0));
        assertEquals("1 working day", en.timeLimit(1));
        assertEquals("15 working days", en.timeLimit(15));
    }

    @Test
    void materialsNameFormCopiesAndDeferral() {
        assertEquals("户口簿（原件及复印件，2 份，视情况提供，可容缺后补）",
                zh.material(new Material("户口簿", MaterialForm.ORIGINAL_AND_COPY, 2, false, true, "")));
        assertEquals("社保缴费记录（电子证照，系统自动调取，无需提交）",
                zh.material(new Material("社保缴费记录", MaterialForm.ELECTRONIC, 1, true, false, "")));
    }

    @Test
    void englishCountsCopiesInTheSingular() {
        assertEquals("ID card (original, 1 copy)",
                en.material(new Material("ID card", MaterialForm.ORIGINAL, 1, true, false, "")));
    }

    @Test
    void statusListsEveryReason() {
        ServiceItem fine = TestCatalogs.item(TestCatalogs.TRAFFIC_FINE);
        ItemAvailability a = ItemAvailability.of(List.of(Unavailability.of(Reason.CENTRAL_UNREACHABLE),
                Unavailability.deviceMissing(DeviceRole.CASH_ACCEPTOR)));
        assertEquals("暂不可办：与服务中心的网络暂时中断；本机纸币识别器暂不可用", zh.status(fine, a));
        assertEquals("可以在本机办理", zh.status(fine, ItemAvailability.AVAILABLE));
    }

    @Test
    void serviceHoursReasonNamesTheHours() {
        ServiceItem transfer = TestCatalogs.item(TestCatalogs.MEDICAL_TRANSFER);
        ItemAvailability closed = ItemAvailability.of(List.of(Unavailability.of(Reason.OUTSIDE_SERVICE_HOURS)));
        assertEquals("暂不可办：不在办理时间内（每天 08:00–20:00）", zh.status(transfer, closed));
    }

    @Test
    void availabilityPanelHasOneLinePerCheck() {
        ServiceItem fine = TestCatalogs.item(TestCatalogs.TRAFFIC_FINE);
        ItemAvailability a = ItemAvailability.of(List.of(Unavailability.deviceMissing(DeviceRole.CASH_ACCEPTOR)));
        assertEquals(List.of(new AvailabilityLine(false, "本机纸币识别器暂不可用"),
                new AvailabilityLine(true, "与服务中心连接正常"),
                new AvailabilityLine(true, "在办理时间内（全天24小时）")), zh.availabilityLines(fine, a));

        ServiceItem points = TestCatalogs.item(TestCatalogs.SERVICE_POINTS);
        assertEquals(List.of(new AvailabilityLine(true, "本事项不需要专用设备"),
                new AvailabilityLine(true, "本事项不需要联网"),
                new AvailabilityLine(true, "在办理时间内（全天24小时）")),
                zh.availabilityLines(points, ItemAvailability.AVAILABLE));

        ServiceItem night = TestCatalogs.variant(fine, EnumSet.of(DeviceRole.ID_CARD_READER),
                ServiceHours.daily(LocalTime.of(8, 30), LocalTime.of(17, 30)), true);
        ItemAvailability closed = ItemAvailability.of(List.of(Unavailability.of(Reason.CENTRAL_UNREACHABLE),
                Unavailability.of(Reason.OUTSIDE_SERVICE_HOURS)));
        assertEquals(List.of(new AvailabilityLine(true, "本机所需设备可用：身份证阅读器"),
                new AvailabilityLine(false, "与服务中心的网络暂时中断"),
                new AvailabilityLine(false, "不在办理时间内（每天 08:30–17:30）")), zh.availabilityLines(night, closed));
    }
}
