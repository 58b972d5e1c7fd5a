package org.budayang.central.console.data;

import java.util.List;

/**
 * A page of the kiosk list.
 *
 * @param rows      the kiosks on this page
 * @param total     kiosks matching the filter
 * @param filter    the filter that produced it
 */
public record KioskPage(List<KioskRow> rows, long total, KioskFilter filter) {
    public KioskPage {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new IllegalArgumentException("KioskPage.total " + total + " < rows " + rows.size());
        }
    }

    public int pages() {
        return (int) Math.max(1, (total + filter.pageSize() - 1) / filter.pageSize());
    }
}
