package org.budayang.central.payments;

/** Instants of the payment tests, which start at TestCatalogs.NOW (2026-03-02T01:30:00Z, 09:30 Beijing time). */
final class TestCatalogsNow {
    static final String PLUS_5_MIN = "2026-03-02T01:35:00Z";

    private TestCatalogsNow() {
    }
}
