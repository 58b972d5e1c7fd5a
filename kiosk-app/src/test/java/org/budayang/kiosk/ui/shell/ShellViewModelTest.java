package org.budayang.kiosk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.core.config.Theme;
import org.budayang.kiosk.ui.UiFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Navigation, overlays, theme and the wipe, without the JavaFX toolkit. */
class ShellViewModelTest {
    private UiFixture fx;
    private ShellViewModel vm;

    @BeforeEach
    void setUp() {
        fx = UiFixture.standard();
        fx.catalog.refresh();
        vm = new ShellViewModel(fx.context());
    }

    private static ServiceItem item(String code) {
        return TestCatalogs.item(code);
    }

    @Test
    void attractLeadsHomeThenDepartmentThenGuideAndBackUp() {
        assertEquals(Screen.ATTRACT, vm.screenProperty().get());
        vm.start();
        assertEquals(Screen.HOME, vm.screenProperty().get());
        vm.openDepartment(Department.TAX);
        assertEquals(Screen.DEPARTMENT, vm.screenProperty().get());
        assertEquals(Department.TAX, vm.department().departmentProperty().get());
        assertEquals(1, vm.historyDepthProperty().get());
        vm.openItem(item(TestCatalogs.TAX_RECORD));
        assertEquals(Screen.GUIDE, vm.screenProperty().get());
        assertEquals(2, vm.historyDepthProperty().get());

        vm.back();
        assertEquals(Screen.DEPARTMENT, vm.screenProperty().get());
        assertNull(vm.guide().item(), "leaving the guide forgets the item");
        assertEquals(Department.TAX, vm.department().departmentProperty().get());
        vm.back();
        assertEquals(Screen.HOME, vm.screenProperty().get());
        assertNull(vm.department().departmentProperty().get());
        assertEquals(0, vm.historyDepthProperty().get());
        vm.back();
        assertEquals(Screen.HOME, vm.screenProperty().get(), "back on home stays home");
    }

    @Test
    void theGuideIsTheDeepestLevel() {
        vm.start();
        vm.openDepartment(Department.TAX);
        vm.openItem(item(TestCatalogs.TAX_RECORD));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> vm.openDepartment(Department.TAX));
        assertEquals("Cannot open DEPARTMENT from GUIDE: the guide is the deepest level and attract only leads home",
                e.getMessage());
    }

    @Test
    void searchResultOpensTheGuideAtLevelTwoAndBackReturnsToTheResults() {
        vm.start();
        vm.home().searchTextProperty().set("纳税");
        vm.openItem(vm.home().results().get(0).item());
        assertEquals(1, vm.historyDepthProperty().get());
        vm.back();
        assertEquals(Screen.HOME, vm.screenProperty().get());
        assertEquals("纳税", vm.home().searchTextProperty().get(), "back keeps the search");
    }

    @Test
    void homeButtonClearsSearchSelectionAndHistory() {
        vm.start();
        vm.home().searchTextProperty().set("证明");
        vm.openItem(vm.home().results().get(0).item());
        vm.goHome();
        assertEquals(Screen.HOME, vm.screenProperty().get());
        assertEquals("", vm.home().searchTextProperty().get());
        assertTrue(vm.home().results().isEmpty());
        assertNull(vm.guide().item());
        assertEquals(0, vm.historyDepthProperty().get());
    }

    @Test
    void wipeForgetsEverythingAndRestoresTheStartTheme() {
        vm.start();
        vm.setTheme(Theme.ELDER);
        vm.home().searchTextProperty().set("医保");
        vm.openDepartment(Department.MEDICAL_INSURANCE);
        vm.openItem(item(TestCatalogs.MEDICAL_TRANSFER));
        vm.openHelp();
        vm.wipe();
        assertEquals(Screen.ATTRACT, vm.screenProperty().get());
        assertEquals(Overlay.NONE, vm.overlayProperty().get());
        assertEquals("", vm.home().searchTextProperty().get());
        assertNull(vm.guide().item());
        assertNull(vm.department().departmentProperty().get());
        assertEquals(0, vm.historyDepthProperty().get());
        assertEquals(Theme.STANDARD, vm.themeProperty().get());
        assertEquals(1, vm.wipesProperty().get());
    }

    @Test
    void idleExpiryRunsTheWipe() {
        vm.start();
        vm.openDepartment(Department.TAX);
        fx.clock.advance(fx.config.idleTimeout());
        vm.idle().tick();
        assertTrue(vm.idle().countingProperty().get());
        fx.clock.advance(fx.config.idleCountdown());
        vm.idle().tick();
        assertEquals(Screen.ATTRACT, vm.screenProperty().get());
        assertEquals(0, vm.historyDepthProperty().get());
    }

    @Test
    void helpNamesTheItemsPhoneOnAGuideAnd12345Elsewhere() {
        vm.start();
        vm.openHelp();
        assertEquals("12345", vm.helpPhoneProperty().get());
        assertEquals("政务服务便民热线", vm.helpPhoneCaptionProperty().get());
        vm.closeOverlay();
        vm.openDepartment(Department.PUBLIC_SECURITY);
        ServiceItem record = item(TestCatalogs.NO_CRIMINAL_RECORD);
        vm.openItem(record);
        vm.openHelp();
        assertEquals(Overlay.HELP, vm.overlayProperty().get());
        assertEquals(record.guide().consultationPhone(), vm.helpPhoneProperty().get());
        assertEquals("本事项咨询电话", vm.helpPhoneCaptionProperty().get());
    }

    @Test
    void startShowsTheHonestNoticeOnlyWhenTheItemCanBeDoneHere() {
        vm.start();
        vm.openDepartment(Department.PUBLIC_SECURITY);
        vm.openItem(item(TestCatalogs.TRAFFIC_FINE));
        assertFalse(vm.guide().canStartProperty().get(), "the demo kiosk has no cash acceptor");
        vm.startItem();
        assertEquals(Overlay.NONE, vm.overlayProperty().get());
        vm.back();
        vm.openItem(item(TestCatalogs.NO_CRIMINAL_RECORD));
        vm.startItem();
        assertEquals(Screen.IDENTIFY, vm.screenProperty().get(), "an item that identifies starts with the choice");
        vm.back();
        assertEquals(Screen.GUIDE, vm.screenProperty().get());
        vm.back();
        vm.openItem(item(TestCatalogs.SERVICE_POINTS));
        vm.startItem();
        assertEquals(Overlay.START_NOTICE, vm.overlayProperty().get());
    }

    @Test
    void elderThemeShowsFourItemsPerPage() {
        assertEquals(ShellViewModel.PAGE_SIZE_STANDARD, vm.department().pageSizeProperty().get());
        vm.toggleTheme();
        assertEquals(Theme.ELDER, vm.themeProperty().get());
        assertEquals(ShellViewModel.PAGE_SIZE_ELDER, vm.department().pageSizeProperty().get());
        vm.toggleTheme();
        assertEquals(ShellViewModel.PAGE_SIZE_STANDARD, vm.department().pageSizeProperty().get());
    }

    @Test
    void pinPadLocksAfterFiveWrongPinsAndRefusesTheRightOneWhileLocked() {
        vm.openPinPad();
        for (int attempt = 1; attempt <= 4; attempt++) {
            enter("1111");
            assertEquals("密码错误，还可尝试 " + (5 - attempt) + " 次", vm.pinPad().messageProperty().get());
        }
        enter("1111");
        assertEquals("错误次数过多，已锁定，请于 10:45:00 之后再试", vm.pinPad().messageProperty().get());
        enter(UiFixture.DEMO_PIN);
        assertEquals(Overlay.PIN_PAD, vm.overlayProperty().get());
        assertTrue(vm.pinPad().messageProperty().get().startsWith("错误次数过多"));
        fx.clock.advance(Duration.ofMinutes(15));
        enter(UiFixture.DEMO_PIN);
        assertEquals(Overlay.TECHNICIAN, vm.overlayProperty().get());
    }

    @Test
    void technicianPanelLeavesKioskModeThroughTheCallback() {
        vm.openPinPad();
        enter(UiFixture.DEMO_PIN);
        vm.technician().exitKioskMode();
        assertEquals(1, fx.exits.get());
    }

    private void enter(String pin) {
        for (char c : pin.toCharArray()) {
            vm.pinPad().digit(c - '0');
        }
        vm.pinPad().submit();
    }
}
