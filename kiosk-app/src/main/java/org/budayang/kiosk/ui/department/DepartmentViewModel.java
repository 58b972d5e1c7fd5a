package org.budayang.kiosk.ui.department;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.availability.AvailabilityService;
import org.budayang.kiosk.ui.common.ItemEntry;
import org.budayang.kiosk.ui.shell.CatalogModel;

/** A department's items, a page at a time (fewer per page in 长者模式), each with its availability. */
public final class DepartmentViewModel {
    private final CatalogModel catalog;
    private final AvailabilityService availability;
    private final ReadOnlyObjectWrapper<Department> department = new ReadOnlyObjectWrapper<>(this, "department");
    private final IntegerProperty pageSize = new SimpleIntegerProperty(this, "pageSize", 8);
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 1);
    private final ReadOnlyIntegerWrapper itemCount = new ReadOnlyIntegerWrapper(this, "itemCount");
    private final ObservableList<ItemEntry> visible = FXCollections.observableArrayList();
    private final ObservableList<ItemEntry> visibleView = FXCollections.unmodifiableObservableList(visible);
    private final BooleanBinding hasPrevious = Bindings.greaterThan(page, 0);
    private final BooleanBinding hasNext = Bindings.lessThan(page.add(1), pageCount);
    private List<ServiceItem> items = List.of();

    public DepartmentViewModel(CatalogModel catalog, AvailabilityService availability) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.availability = Objects.requireNonNull(availability, "availability");
        catalog.loadedProperty().addListener((obs, old, now) -> reload());
        pageSize.addListener((obs, old, now) -> {
            if (now.intValue() < 1) {
                throw new IllegalArgumentException("DepartmentViewModel.pageSize must be at least 1, got " + now);
            }
            int firstShown = page.get() * old.intValue();
            page.set(firstShown / now.intValue());
            refresh();
        });
    }

    /** Shows a department from its first page. */
    public void select(Department d) {
        department.set(Objects.requireNonNull(d, "department"));
        page.set(0);
        reload();
    }

    /** Forgets the department (on 首页 and on the idle wipe). */
    public void clear() {
        department.set(null);
        page.set(0);
        reload();
    }

    public void nextPage() {
        if (hasNext.get()) {
            page.set(page.get() + 1);
            refresh();
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            page.set(page.get() - 1);
            refresh();
        }
    }

    private void reload() {
        Department d = department.get();
        items = d == null ? List.of() : catalog.catalog().map(c -> c.byDepartment(d)).orElse(List.of());
        refresh();
    }

    /** Recomputes the page and every shown item's availability (service hours change with the time). */
    public void refresh() {
        int size = pageSize.get();
        itemCount.set(items.size());
        pageCount.set(Math.max(1, (items.size() + size - 1) / size));
        if (page.get() >= pageCount.get()) {
            page.set(pageCount.get() - 1);
        }
        int from = page.get() * size;
        int to = Math.min(items.size(), from + size);
        visible.setAll(items.subList(from, to).stream()
                .map(i -> new ItemEntry(i, availability.check(i))).toList());
    }

    public ReadOnlyObjectProperty<Department> departmentProperty() {
        return department.getReadOnlyProperty();
    }

    public IntegerProperty pageSizeProperty() {
        return pageSize;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty itemCountProperty() {
        return itemCount.getReadOnlyProperty();
    }

    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanBinding hasNextProperty() {
        return hasNext;
    }

    public ObservableList<ItemEntry> visibleItems() {
        return visibleView;
    }
}
