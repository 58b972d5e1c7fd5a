package org.budayang.central.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.budayang.api.fleet.KioskSelf;
import org.budayang.api.fleet.SelftestUpload;
import org.budayang.central.config.ConfigException;
import org.budayang.central.fleet.alerts.Alert;
import org.budayang.central.fleet.alerts.AlertRule;
import org.budayang.central.fleet.alerts.AlertState;
import org.budayang.central.fleet.selftest.KioskSelfQuery;
import org.budayang.central.fleet.selftest.SelftestSettings;
import org.budayang.central.fleet.selftest.StoredSelftest;
import org.junit.jupiter.api.Test;

/** The self-test settings, a stored report's summary and how an alert is shown to its kiosk. */
class SelftestUnitsTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void settingsDefaultToTwentyAndRefuseUnknownKeysAndValuesOutOfRange() {
        assertEquals(20, SelftestSettings.from(Map.of()).keepPerKiosk());
        assertEquals(5, SelftestSettings.from(Map.of("keepPerKiosk", " 5 ")).keepPerKiosk());
        ConfigException zero = assertThrows(ConfigException.class,
                () -> SelftestSettings.from(Map.of("keepPerKiosk", "0")));
        assertEquals("Configuration key 'selftests.keepPerKiosk' has the value '0'; expected a whole number 1..1000",
                zero.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> SelftestSettings.from(Map.of("keep", "5")));
        assertTrue(unknown.getMessage().contains("'selftests.keep' is unknown; accepted: [selftests.keepPerKiosk]"),
                unknown.getMessage());
    }

    @Test
    void theSummaryCountsChecksAndNamesEachFailedRoleWithItsCode() {
        SelftestUpload report = KioskSelfHttpTest.report(T0, KioskSelfHttpTest.pass("idCardReader", "idcard-sam"),
                KioskSelfHttpTest.fail("receiptPrinter", "escpos", "PAPER_OUT"),
                KioskSelfHttpTest.fail("cashAcceptor", "cash-ssp", "CASHBOX_REMOVED"));
        KioskSelf.SelftestSummary summary = new StoredSelftest(7, "KSK-620102000000-0001", T0.plusSeconds(5), report)
                .summary();
        assertEquals(new KioskSelf.SelftestSummary(T0, T0.plusSeconds(5), false, 3, 2,
                List.of("receiptPrinter:PAPER_OUT", "cashAcceptor:CASHBOX_REMOVED")), summary);
        KioskSelf.SelftestSummary nothing = new StoredSelftest(8, "KSK-620102000000-0001", T0,
                KioskSelfHttpTest.report(T0)).summary();
        assertEquals(false, nothing.passed(), "no device configured is not a pass");
        assertEquals(0, nothing.checks());
    }

    @Test
    void aKioskSeesEachAlertsSeverityAndRoleButNotTheDetailOfABadEvaluation() {
        Alert offline = alert(AlertRule.DEVICE_OFFLINE, "idCardReader", "idCardReader OFFLINE for 600 s");
        KioskSelf.OpenAlert shown = KioskSelfQuery.openAlert(offline);
        assertEquals(new KioskSelf.OpenAlert("DEVICE_OFFLINE", "idCardReader", "CRITICAL", "OPEN", T0,
                "idCardReader OFFLINE for 600 s"), shown);
        assertEquals("WARNING", KioskSelfQuery.openAlert(alert(AlertRule.PAPER_LOW, "receiptPrinter", "low"))
                .severity());
        KioskSelf.OpenAlert silent = KioskSelfQuery.openAlert(alert(AlertRule.KIOSK_SILENT, "", "no heartbeat"));
        assertNull(silent.role());
        assertEquals("CRITICAL", silent.severity());
        KioskSelf.OpenAlert item = KioskSelfQuery.openAlert(alert(AlertRule.ITEM_FAILURES, "620102-SB01-GG00031001",
                "3 failures"));
        assertNull(item.role(), "an item code is not a device role");
        KioskSelf.OpenAlert bad = KioskSelfQuery.openAlert(alert(AlertRule.BAD_EVALUATION, "ev-1",
                "差评 1 for item X, 办件 62010220260306000007"));
        assertEquals(KioskSelfQuery.BAD_EVALUATION_MESSAGE, bad.message());
        assertNull(bad.role());
    }

    private static Alert alert(AlertRule rule, String subject, String detail) {
        return new Alert(1, "KSK-620102000000-0001", rule, subject, AlertState.OPEN, detail, T0, null, null, null,
                null, null);
    }
}
