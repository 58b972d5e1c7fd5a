package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.common.Messages;
import org.junit.jupiter.api.Test;

class TechnicianViewModelTest {

    @Test
    void showsWhyItemsAreUnavailableAndLeavesThroughTheCallback() {
        UiFixture fx = UiFixture.standard();
        fx.centralUp.set(false);
        AtomicInteger exits = new AtomicInteger();
        TechnicianViewModel vm = new TechnicianViewModel(fx.catalog, Messages.load(Locale.SIMPLIFIED_CHINESE),
                ZoneId.of("Asia/Shanghai"), "城关区政务服务中心", "620102", URI.create("http://127.0.0.1:1"),
                exits::incrementAndGet, Map.of());
        assertEquals(List.of("站点：城关区政务服务中心（区划代码 620102）", "服务中心地址：http://127.0.0.1:1",
                "服务目录：尚未加载", "设备状态（由设备监管实时更新）："), vm.generalLines());
        vm.refreshCatalog();
        assertEquals(List.of("站点：城关区政务服务中心（区划代码 620102）", "服务中心地址：http://127.0.0.1:1",
                "服务目录来源：本机缓存", "目录版本：2026.11.26-1", "加载时间：2026-11-26 10:30:00",
                "服务中心：无法连接（需联网的事项显示“暂不可办”）",
                "问题：Central http://127.0.0.1:1 did not answer (connection refused)",
                "设备状态（由设备监管实时更新）："), vm.generalLines());
        vm.exitKioskMode();
        assertEquals(1, exits.get());
    }

    @Test
    void showsEachRolesHealthConditionsActionAndDetail() {
        UiFixture fx = UiFixture.standard();
        TechnicianViewModel vm = new TechnicianViewModel(fx.catalog, Messages.load(Locale.SIMPLIFIED_CHINESE),
                ZoneId.of("Asia/Shanghai"), "城关区政务服务中心", "620102", URI.create("http://127.0.0.1:1"),
                () -> { }, Map.of());
        java.time.Instant at = java.time.Instant.parse("2026-11-26T02:30:00Z");
        java.util.Map<org.budayang.api.catalog.DeviceRole, org.budayang.driver.DeviceStatus> devices =
                new java.util.EnumMap<>(org.budayang.api.catalog.DeviceRole.class);
        devices.put(org.budayang.api.catalog.DeviceRole.ID_CARD_READER, new org.budayang.driver.DeviceStatus(
                org.budayang.driver.Health.ONLINE, java.util.Set.of(org.budayang.driver.Condition.CARD_PRESENT),
                org.budayang.driver.RecommendedAction.NONE, at, "SAM 05.01-20240101, tcp 127.0.0.1:7777"));
        devices.put(org.budayang.api.catalog.DeviceRole.CASH_ACCEPTOR,
                org.budayang.driver.DeviceStatus.notConfigured(at, "no driver configured for cashAcceptor"));
        vm.showDevices(devices);
        assertEquals("设备状态（由设备监管实时更新）：", vm.generalLines().get(vm.generalLines().size() - 1));
        assertEquals(List.of(org.budayang.api.catalog.DeviceRole.ID_CARD_READER,
                org.budayang.api.catalog.DeviceRole.CASH_ACCEPTOR),
                vm.deviceRows().stream().map(TechnicianViewModel.DeviceRow::role).toList(), "one row per role, in order");
        assertEquals(List.of(false, false), vm.deviceRows().stream().map(TechnicianViewModel.DeviceRow::clearable)
                .toList(), "nothing recommends CLEAR");
        assertEquals(List.of("身份证阅读器（idCardReader）：ONLINE　状况：CARD_PRESENT　建议操作：NONE　SAM 05.01-20240101, tcp 127.0.0.1:7777",
                "纸币识别器（cashAcceptor）：NOT_CONFIGURED　状况：—　建议操作：CONFIGURATION　no driver configured for cashAcceptor"),
                vm.deviceRows().stream().map(TechnicianViewModel.DeviceRow::line).toList());
    }
}
