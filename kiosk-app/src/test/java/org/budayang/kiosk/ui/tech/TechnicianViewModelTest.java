package org.budayang.kiosk.ui.tech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
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
                exits::incrementAndGet);
        assertEquals(List.of("站点：城关区政务服务中心（区划代码 620102）", "服务中心地址：http://127.0.0.1:1",
                "服务目录：尚未加载"), vm.statusLines());
        vm.refreshCatalog();
        assertEquals(List.of("站点：城关区政务服务中心（区划代码 620102）", "服务中心地址：http://127.0.0.1:1",
                "服务目录来源：本机缓存", "目录版本：2026.11.26-1", "加载时间：2026-11-26 10:30:00",
                "服务中心：无法连接（需联网的事项显示“暂不可办”）",
                "问题：Central http://127.0.0.1:1 did not answer (connection refused)"), vm.statusLines());
        vm.exitKioskMode();
        assertEquals(1, exits.get());
    }
}
