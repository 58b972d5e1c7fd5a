package org.budayang.central.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.Satisfaction;
import org.budayang.api.services.TransactionRecord;
import org.budayang.central.db.TestDatabases;
import org.budayang.central.fleet.alerts.Alert;
import org.budayang.central.fleet.alerts.AlertRepository;
import org.budayang.central.fleet.alerts.AlertRule;
import org.budayang.central.fleet.alerts.AlertState;
import org.budayang.central.fleet.alerts.FleetEvents;
import org.junit.jupiter.api.Test;

/** The flows' events (FleetEvents) open ITEM_FAILURES and BAD_EVALUATION alerts. */
class AlertEventsTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
    private static final String KIOSK = "KSK-620102-0001";
    private static final String ITEM = "620102-GA01-GG00011001";

    @Test
    void repeatedFailuresOfOneItemWithinTheWindowOpenOneAlertAndASuccessResolvesIt() {
        try (FleetFixture fleet = new FleetFixture(TestDatabases.Kind.H2, T0, Map.of("alerts.itemFailures", "3"))) {
            FleetEvents events = fleet.fleet.events();
            AlertRepository alerts = new AlertRepository(fleet.database.dataSource());
            events.transactionRecorded(KIOSK, failed("tx-00000001", T0));
            events.transactionRecorded(KIOSK, failed("tx-00000002", T0.plusSeconds(3700)));
            events.transactionRecorded(KIOSK, failed("tx-00000003", T0.plusSeconds(3800)));
            assertEquals(List.of(), alerts.unresolved(KIOSK), "the first failure fell out of the hour");
            events.transactionRecorded(KIOSK, failed("tx-00000004", T0.plusSeconds(3900)));
            events.transactionRecorded(KIOSK, failed("tx-00000005", T0.plusSeconds(4000)));
            List<Alert> open = alerts.unresolved(KIOSK);
            assertEquals(1, open.size(), open.toString());
            assertEquals(AlertRule.ITEM_FAILURES, open.get(0).rule());
            assertEquals(ITEM, open.get(0).subject());
            assertTrue(open.get(0).detail().startsWith("3 failed transactions of item " + ITEM), open.get(0).detail());

            events.transactionRecorded(KIOSK, new TransactionRecord("tx-00000006", ITEM, "A-1", 
                    TransactionRecord.Outcome.COMPLETED, null, T0.plusSeconds(4100), T0.plusSeconds(4200), 1));
            Alert resolved = alerts.find(open.get(0).id()).orElseThrow();
            assertEquals(AlertState.RESOLVED, resolved.state());
            assertEquals(Alert.AUTO, resolved.resolvedBy());
        }
    }

    @Test
    void aBadEvaluationOpensAnAlertThatOnlyOpsResolveAndAGoodOneNone() {
        try (FleetFixture fleet = new FleetFixture(TestDatabases.Kind.H2, T0, Map.of())) {
            FleetEvents events = fleet.fleet.events();
            AlertRepository alerts = new AlertRepository(fleet.database.dataSource());
            events.evaluationReceived(KIOSK, evaluation("ev-00000001", Satisfaction.SATISFIED));
            assertEquals(List.of(), alerts.unresolved(KIOSK));
            events.evaluationReceived(KIOSK, evaluation("ev-00000002", Satisfaction.VERY_DISSATISFIED));
            events.evaluationReceived(KIOSK, evaluation("ev-00000002", Satisfaction.VERY_DISSATISFIED));
            List<Alert> open = alerts.unresolved(KIOSK);
            assertEquals(1, open.size(), "one alert per evaluation: " + open);
            assertEquals("ev-00000002", open.get(0).subject());
            assertTrue(open.get(0).detail().startsWith("差评 1 (VERY_DISSATISFIED) for item " + ITEM),
                    open.get(0).detail());
            assertTrue(!AlertRule.BAD_EVALUATION.autoResolves());
            fleet.fleet.alertEngine().onHeartbeat(KIOSK, FleetFixture.heartbeat(T0), T0, true);
            assertEquals(1, alerts.unresolved(KIOSK).size(), "a heartbeat does not resolve a 差评");
        }
    }

    private static TransactionRecord failed(String id, Instant at) {
        return new TransactionRecord(id, ITEM, null, TransactionRecord.Outcome.FAILED, "DEPARTMENT_UNAVAILABLE",
                at.minusSeconds(60), at, 0);
    }

    private static EvaluationRequest evaluation(String id, Satisfaction level) {
        return new EvaluationRequest(id, ITEM, "A-1", EvaluationRequest.ServiceOutcome.COMPLETED, level, List.of(), "",
                T0);
    }
}
