package org.budayang.kiosk.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.Department;
import org.budayang.kiosk.catalog.LoadedCatalog;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.budayang.kiosk.ui.UiFixture;
import org.budayang.kiosk.ui.shell.CatalogModel;
import org.junit.jupiter.api.Test;

class HomeViewModelTest {
    private static final Executor SAME_THREAD = Runnable::run;

    @Test
    void tilesCountTheItemsOfEachDepartment() {
        UiFixture fx = UiFixture.standard();
        HomeViewModel vm = new HomeViewModel(fx.catalog, fx.availability, List.of());
        assertEquals(CatalogState.LOADING, vm.stateProperty().get());
        fx.catalog.refresh();
        assertEquals(CatalogState.READY, vm.stateProperty().get());
        Catalog sample = TestCatalogs.sample();
        assertEquals(4, vm.tiles().size());
        for (DepartmentTile tile : vm.tiles()) {
            assertEquals(sample.byDepartment(tile.department()).size(), tile.itemCount(), tile.department().name());
        }
        DepartmentTile police = vm.tiles().get(0);
        assertEquals(Department.PUBLIC_SECURITY, police.department());
        assertEquals(sample.byDepartment(Department.PUBLIC_SECURITY).get(0).name(), police.examples().get(0));
    }

    @Test
    void searchFindsByNameAndKeywordWithAvailability() {
        UiFixture fx = UiFixture.standard();
        fx.catalog.refresh();
        HomeViewModel vm = new HomeViewModel(fx.catalog, fx.availability, List.of());
        assertFalse(vm.searchingProperty().get());
        vm.searchTextProperty().set(" 无犯罪 ");
        assertTrue(vm.searchingProperty().get());
        assertEquals(List.of(TestCatalogs.NO_CRIMINAL_RECORD),
                vm.results().stream().map(e -> e.item().implementationCode()).toList());
        assertTrue(vm.results().get(0).availability().available());
        vm.searchTextProperty().set("没有这个事项");
        assertTrue(vm.results().isEmpty());
        vm.clearSearch();
        assertFalse(vm.searchingProperty().get());
        assertTrue(vm.results().isEmpty());
    }

    @Test
    void offersOnlyHotWordsThatFindSomething() {
        UiFixture fx = UiFixture.standard();
        fx.catalog.refresh();
        HomeViewModel vm = new HomeViewModel(fx.catalog, fx.availability, List.of("证明", "火星签证", "医保"));
        assertEquals(List.of("证明", "医保"), vm.hotWords());
        vm.applyHotWord("医保");
        assertEquals("医保", vm.searchTextProperty().get());
        assertFalse(vm.results().isEmpty());
    }

    @Test
    void noCatalogueFromCentralOrCacheIsShownAsNone() {
        UiFixture fx = UiFixture.standard();
        CatalogModel none = new CatalogModel(() -> LoadedCatalog.none(Instant.now(), false,
                "central unreachable; no saved catalogue"), SAME_THREAD, SAME_THREAD);
        HomeViewModel vm = new HomeViewModel(none, fx.availability, List.of("证明"));
        none.refresh();
        assertEquals(CatalogState.NONE, vm.stateProperty().get());
        assertTrue(vm.tiles().stream().allMatch(t -> t.itemCount() == 0));
        assertTrue(vm.hotWords().isEmpty());
    }
}
