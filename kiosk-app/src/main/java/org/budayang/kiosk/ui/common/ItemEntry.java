package org.budayang.kiosk.ui.common;

import java.util.Objects;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.availability.ItemAvailability;

/** One item button on a department screen: the item and whether it can be done here now. */
public record ItemEntry(ServiceItem item, ItemAvailability availability) {
    public ItemEntry {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(availability, "availability of " + item.implementationCode());
    }
}
