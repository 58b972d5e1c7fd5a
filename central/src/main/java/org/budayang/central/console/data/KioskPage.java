package org.budayang.central.console.data;

import java.util.List;

/**
 * A page of the kiosk list.
 *
 * @param rows      the kiosks on this page
 * @param total     kiosks matching the filter
 * @param filter    the filter that produced it
 * @param telemetry empty when telemetry is there; otherwise why status columns show 暂无数据
 */
public record KioskPage(List<KioskRow> rows, long total, KioskFilter filter, String telemetry) {
    public KioskPage {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new IllegalArgumentException("KioskPage.total " + total + " < rows " + rows.size());
        }
        telemetry = telemetry == null ? "" : telemetry;
    }

    public int pages() {
        return (int) Math.max(1, (total + filter.pageSize() - 1) / filter.pageSize());
    }
}
