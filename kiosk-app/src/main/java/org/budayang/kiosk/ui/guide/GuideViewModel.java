package org.budayang.kiosk.ui.guide;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.availability.DeviceProblem;
import org.budayang.kiosk.availability.AvailabilityService;
import org.budayang.kiosk.availability.ItemAvailability;
import org.budayang.kiosk.ui.shell.CatalogModel;

/** The 办事指南 of one item and whether it can be done at this kiosk now. */
public final class GuideViewModel {
    private final CatalogModel catalog;
    private final AvailabilityService availability;
    private final boolean receiptPrinterConfigured;
    private final ReadOnlyObjectWrapper<ServiceItem> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ReadOnlyObjectWrapper<ItemAvailability> itemAvailability =
            new ReadOnlyObjectWrapper<>(this, "availability");
    private final ReadOnlyObjectWrapper<Optional<DeviceProblem>> noticePrinter =
            new ReadOnlyObjectWrapper<>(this, "noticePrinter", Optional.empty());
    private final BooleanBinding canPrintNotice = Bindings.createBooleanBinding(
            () -> item.get() != null && receiptPrinterConfigured() && noticePrinter.get().isEmpty(), item,
            noticePrinter);
    private final BooleanBinding canStart = Bindings.createBooleanBinding(
            () -> itemAvailability.get() != null && itemAvailability.get().available(), itemAvailability);

    /**
     * @param receiptPrinterConfigured whether this kiosk has a receipt printer at all; without one the guide shows
     *                                 no 打印一次性告知单 (and no reason that would never clear)
     */
    public GuideViewModel(CatalogModel catalog, AvailabilityService availability, boolean receiptPrinterConfigured) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.availability = Objects.requireNonNull(availability, "availability");
        this.receiptPrinterConfigured = receiptPrinterConfigured;
        catalog.loadedProperty().addListener((obs, old, now) -> followCatalog());
    }

    /** Shows an item's guide. */
    public void show(ServiceItem shown) {
        item.set(Objects.requireNonNull(shown, "item"));
        refreshAvailability();
    }

    /** Forgets the item (on 首页 and on the idle wipe). */
    public void clear() {
        item.set(null);
        itemAvailability.set(null);
        noticePrinter.set(Optional.empty());
    }

    /** Re-checks devices, central and service hours for the shown item. */
    public void refreshAvailability() {
        ServiceItem shown = item.get();
        itemAvailability.set(shown == null ? null : availability.check(shown));
        noticePrinter.set(shown == null || !receiptPrinterConfigured ? Optional.empty()
                : availability.deviceProblem(DeviceRole.RECEIPT_PRINTER));
    }

    /** A new catalogue may carry a new version of the shown item (same implementation code). */
    private void followCatalog() {
        ServiceItem shown = item.get();
        if (shown != null) {
            catalog.catalog().flatMap(c -> c.find(shown.implementationCode())).ifPresent(item::set);
            refreshAvailability();
        }
    }

    public ReadOnlyObjectProperty<ServiceItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ServiceItem item() {
        return item.get();
    }

    public ReadOnlyObjectProperty<ItemAvailability> availabilityProperty() {
        return itemAvailability.getReadOnlyProperty();
    }

    /** Whether the guide offers 打印一次性告知单 at all: only on a kiosk with a receipt printer configured. */
    public boolean receiptPrinterConfigured() {
        return receiptPrinterConfigured;
    }

    /** Why the receipt printer cannot print the 一次性告知单 now (empty when it can, or when there is none). */
    public ReadOnlyObjectProperty<Optional<DeviceProblem>> noticePrinterProperty() {
        return noticePrinter.getReadOnlyProperty();
    }

    /** Whether 打印一次性告知单 can be pressed: an item is shown and a configured receipt printer can serve. */
    public BooleanBinding canPrintNoticeProperty() {
        return canPrintNotice;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }
}
