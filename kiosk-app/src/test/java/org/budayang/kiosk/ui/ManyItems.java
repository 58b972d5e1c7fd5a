package org.budayang.kiosk.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.budayang.api.catalog.Catalog;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.catalog.TestCatalogs;

/** A catalogue with many items in one department, for paging. */
public final class ManyItems {
    private ManyItems() {
    }

    /** {@code count} copies of the 户籍证明 item (公安), named 户籍证明开具 1..count, plus the other samples. */
    public static Catalog publicSecurity(int count) {
        ServiceItem base = TestCatalogs.item(TestCatalogs.RESIDENCE_PROOF);
        List<ServiceItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String basic = String.format("QR%08d", 12100 + i);
            items.add(new ServiceItem(basic, "620102-GA01-" + basic, base.name() + " " + i, base.department(),
                    base.agency(), base.guide(), base.flow(), java.util.EnumSet.copyOf(base.devices()), base.serviceHours(), base.needsCentral(),
                    base.deferredAcceptance(), base.commitmentNotice(), base.keywords()));
        }
        return new Catalog("many-" + count, Instant.parse("2026-11-26T00:00:00Z"), items);
    }
}
