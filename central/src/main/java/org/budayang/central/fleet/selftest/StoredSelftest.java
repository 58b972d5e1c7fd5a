package org.budayang.central.fleet.selftest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.budayang.api.fleet.KioskSelf;
import org.budayang.api.fleet.SelftestCheck;
import org.budayang.api.fleet.SelftestUpload;

/**
 * A self-test report as central stored it.
 *
 * @param id         central's id of the report (a row of {@code fleet_selftests})
 * @param kioskId    the kiosk that sent it (named by its client certificate)
 * @param receivedAt when central received it
 * @param report     what the kiosk reported
 */
public record StoredSelftest(long id, String kioskId, Instant receivedAt, SelftestUpload report) {
    public StoredSelftest {
        Objects.requireNonNull(kioskId, "StoredSelftest.kioskId");
        Objects.requireNonNull(receivedAt, "StoredSelftest.receivedAt");
        Objects.requireNonNull(report, "StoredSelftest.report");
    }

    /** The failed checks, in the order the kiosk reported them. */
    public List<SelftestCheck> failed() {
        return report.checks().stream().filter(check -> !check.passed()).toList();
    }

    /** {@code receiptPrinter:PAPER_OUT} for every failed check. */
    public List<String> failedRoles() {
        return failed().stream().map(check -> check.role() + ":" + check.code()).toList();
    }

    /** The summary {@code KioskSelf} and the selftests POST answer with. */
    public KioskSelf.SelftestSummary summary() {
        return new KioskSelf.SelftestSummary(report.ranAt(), receivedAt, report.passed(), report.checks().size(),
                report.failures(), failedRoles());
    }
}
