package org.budayang.kiosk.ui.department;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.budayang.api.catalog.Department;
import org.budayang.kiosk.availability.Reason;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.ui.ManyItems;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.common.ItemEntry;
import org.junit.jupiter.api.Test;

class DepartmentViewModelTest {

    private static List<String> names(DepartmentViewModel vm) {
        return vm.visibleItems().stream().map(e -> e.item().name()).toList();
    }

    @Test
    void pagesThroughTwentyItemsEightAtATime() {
        UiFixture fx = UiFixture.create(b -> b, ManyItems.publicSecurity(20));
        fx.catalog.refresh();
        DepartmentViewModel vm = new DepartmentViewModel(fx.catalog, fx.availability);
        vm.select(Department.PUBLIC_SECURITY);
        assertEquals(20, vm.itemCountProperty().get());
        assertEquals(3, vm.pageCountProperty().get());
        assertEquals(8, vm.visibleItems().size());
        assertFalse(vm.hasPreviousProperty().get());
        vm.nextPage();
        vm.nextPage();
        assertEquals(2, vm.pageProperty().get());
        assertEquals(List.of("户籍证明开具 17", "户籍证明开具 18", "户籍证明开具 19", "户籍证明开具 20"), names(vm));
        assertFalse(vm.hasNextProperty().get());
        vm.nextPage();
        assertEquals(2, vm.pageProperty().get(), "no page after the last");
        vm.previousPage();
        assertEquals("户籍证明开具 9", names(vm).get(0));
    }

    @Test
    void switchingToFourPerPageKeepsTheFirstShownItemInView() {
        UiFixture fx = UiFixture.create(b -> b, ManyItems.publicSecurity(20));
        fx.catalog.refresh();
        DepartmentViewModel vm = new DepartmentViewModel(fx.catalog, fx.availability);
        vm.select(Department.PUBLIC_SECURITY);
        vm.nextPage();
        assertEquals("户籍证明开具 9", names(vm).get(0));
        vm.pageSizeProperty().set(4);
        assertEquals(5, vm.pageCountProperty().get());
        assertEquals(2, vm.pageProperty().get());
        assertEquals(List.of("户籍证明开具 9", "户籍证明开具 10", "户籍证明开具 11", "户籍证明开具 12"), names(vm));
    }

    @Test
    void eachItemCarriesItsAvailability() {
        UiFixture fx = UiFixture.standard();
        fx.centralUp.set(false);
        fx.catalog.refresh();
        DepartmentViewModel vm = new DepartmentViewModel(fx.catalog, fx.availability);
        vm.select(Department.PUBLIC_SECURITY);
        ItemEntry fine = vm.visibleItems().stream()
                .filter(e -> e.item().implementationCode().equals(TestCatalogs.TRAFFIC_FINE)).findFirst().orElseThrow();
        assertFalse(fine.availability().available());
        assertTrue(fine.availability().has(Reason.CENTRAL_UNREACHABLE));
        assertTrue(fine.availability().has(Reason.DEVICE_MISSING));
    }

    @Test
    void aNewCatalogueReloadsTheShownDepartment() {
        UiFixture fx = UiFixture.standard();
        DepartmentViewModel vm = new DepartmentViewModel(fx.catalog, fx.availability);
        vm.select(Department.TAX);
        assertEquals(0, vm.itemCountProperty().get(), "nothing before the catalogue arrives");
        fx.catalog.refresh();
        assertEquals(TestCatalogs.sample().byDepartment(Department.TAX).size(), vm.itemCountProperty().get());
    }
}
