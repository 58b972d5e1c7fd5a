package org.budayang.kiosk.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.Screen;
import org.junit.jupiter.api.Test;

class NavigationFxTest extends KioskFxTest {

    @Test
    void attractHomeDepartmentGuideAndBack() throws Exception {
        launch(UiFixture.standard());
        assertTrue(showing("请触摸屏幕开始"));
        assertTrue(showing("兰州市城关区政务服务中心 24小时自助服务区"));
        assertFalse(showing("请选择办理部门"));
        assertTrue(app.shell().attractView().animating());

        robot.clickOn("请触摸屏幕开始");
        assertTrue(showing("请选择办理部门"));
        assertFalse(app.shell().attractView().animating(), "the attract timeline stops off screen");
        assertTrue(visibleTexts().containsAll(List.of("公安", "税务", "社保", "医保", "返回", "首页", "帮助", "长者")));
        assertFalse(showing("请触摸屏幕开始"));

        robot.clickOn("#tile-PUBLIC_SECURITY");
        assertTrue(showing("公安 · 共 3 项服务"));
        assertTrue(showing("无犯罪记录证明申请"));
        assertTrue(showing("暂不可办：本机纸币识别器暂不可用"), "the demo kiosk has no cash acceptor");

        robot.clickOn(itemButton(TestCatalogs.NO_CRIMINAL_RECORD));
        assertEquals(Screen.GUIDE, vm().screenProperty().get());
        assertTrue(visibleTexts().containsAll(List.of("无犯罪记录证明申请", "可告知承诺", "能否在本机办理", "受理条件",
                "申请材料", "办理流程", "办结时限", "法定办结时限：5 个工作日", "承诺办结时限：即办", "到现场次数",
                "收费标准", "办理地点", "办理时间", "咨询电话：0931-8451234", "监督投诉电话：12345", "设定依据",
                "可以在本机办理", "开始办理")));

        robot.clickOn("#nav-back");
        assertTrue(showing("公安 · 共 3 项服务"));
        assertFalse(showing("受理条件"));
        robot.clickOn("#nav-back");
        assertTrue(showing("请选择办理部门"));
        assertEquals(0, vm().historyDepthProperty().get());
    }

    @Test
    void startShowsTheHonestNoticeAndHelpNamesThePhone() throws Exception {
        launch(UiFixture.standard());
        robot.clickOn("请触摸屏幕开始");
        robot.clickOn("#nav-help");
        assertTrue(showing("使用帮助"));
        assertTrue(showing("12345"));
        robot.clickOn("关闭");
        assertFalse(showing("使用帮助"));

        robot.clickOn("#tile-PUBLIC_SECURITY");
        robot.clickOn(itemButton(TestCatalogs.NO_CRIMINAL_RECORD));
        robot.clickOn("#guide-start");
        assertTrue(showing("请选择身份核验方式"), "an item that identifies starts with the identification choice");
        robot.clickOn("#nav-help");
        assertTrue(showing("本事项咨询电话"));
        assertTrue(showing("0931-8451234"));
    }

    @Test
    void searchByHotWordAndOpenAResult() throws Exception {
        launch(UiFixture.standard());
        robot.clickOn("请触摸屏幕开始");
        robot.clickOn("纳税");
        assertTrue(showing("找到 1 项与“纳税”有关的服务，请点击查看"));
        assertFalse(showing("税务"), "the tiles give way to the results");
        robot.clickOn(itemButton(TestCatalogs.TAX_RECORD));
        assertEquals(Screen.GUIDE, vm().screenProperty().get());
        robot.clickOn("#nav-back");
        assertTrue(showing("找到 1 项与“纳税”有关的服务，请点击查看"));
        robot.clickOn("#search-clear");
        assertTrue(showing("税务"));
    }
}
