package org.budayang.central.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budayang.api.ApiPaths;
import org.budayang.central.TestCatalogs;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/v1/transactions} against a real server and database. */
class TransactionsHttpTest {
    static Map<String, Object> transaction(String id, String item, String outcome, String failureCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transactionId", id);
        body.put("itemCode", item);
        body.put("applicationNumber", null);
        body.put("outcome", outcome);
        body.put("failureCode", failureCode);
        body.put("startedAt", "2026-03-02T01:20:00Z");
        body.put("finishedAt", "2026-03-02T01:24:00Z");
        body.put("printed", outcome.equals("COMPLETED") ? 1 : 0);
        return body;
    }

    @ParameterizedTest
    @MethodSource("org.budayang.central.db.TestDatabases#both")
    void aTransactionIsStoredOnceAndFailuresAreCountedPerItem(TestDatabases.Kind kind) throws Exception {
        try (FlowsFixture central = new FlowsFixture(kind)) {
            FlowsFixture.Reply first = central.post(ApiPaths.TRANSACTIONS,
                    transaction("tx-done-000001", "GG00031001", "COMPLETED", null), "tk-done-0001");
            assertEquals(201, first.status(), first.toString());
            assertEquals("620102-SB01-GG00031001", first.body().path("itemCode").asText());
            assertEquals(1, first.body().path("printed").asInt());
            assertEquals(TestCatalogs.NOW.toString(), first.body().path("receivedAt").asText());
            FlowsFixture.Reply again = central.post(ApiPaths.TRANSACTIONS,
                    transaction("tx-done-000001", "GG00031001", "COMPLETED", null), "tk-done-0002");
            assertEquals(200, again.status());
            assertEquals(first.body(), again.body());

            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Callable<FlowsFixture.Reply>> calls = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    String key = "tk-fail-race-" + i;
                    calls.add(() -> central.post(ApiPaths.TRANSACTIONS,
                            transaction("tx-fail-000001", "GG00041001", "FAILED", "PRINTER_OFFLINE"), key));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<FlowsFixture.Reply> f : pool.invokeAll(calls)) {
                    statuses.add(f.get().status());
                }
                assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
                assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            } finally {
                pool.shutdownNow();
            }
            central.post(ApiPaths.TRANSACTIONS, transaction("tx-fail-000002", "GG00041001", "FAILED",
                    "DEPARTMENT_UNAVAILABLE"), "tk-fail-0002");
            central.post(ApiPaths.TRANSACTIONS, transaction("tx-fail-000003", "GG00031001", "FAILED",
                    "PRINTER_OFFLINE"), "tk-fail-0003");
            central.post(ApiPaths.TRANSACTIONS, transaction("tx-gone-000001", "GG00031001", "ABANDONED",
                    "SESSION_TIMEOUT"), "tk-gone-0001");
            FlowsFixture.Reply refused = central.post(ApiPaths.TRANSACTIONS, transaction("tx-refused-01",
                    "GG00042001", "NOT_ACCEPTED", null), "tk-refused-01");
            assertEquals(201, refused.status(), refused.toString());
            assertEquals("NOT_ACCEPTED", refused.body().path("outcome").asText(), "不予受理 is stored as such");
            assertEquals(6, central.count("flow_transaction"));
            assertEquals(Map.of("620102-YB01-GG00041001", 2, "620102-SB01-GG00031001", 1),
                    central.transactions.failuresSince(Instant.parse("2026-03-01T00:00:00Z")),
                    "a 不予受理 is no failure of the item");
            assertEquals(List.of("620102-YB01-GG00041001", "620102-SB01-GG00031001"), new ArrayList<>(
                    central.transactions.failuresSince(Instant.parse("2026-03-01T00:00:00Z")).keySet()));
            assertTrue(central.transactions.failuresSince(Instant.parse("2026-03-02T01:25:00Z")).isEmpty());
        }
    }

    @Test
    void badRecordsAreRefusedWithTheirCodeAndAnotherKiosksIdIsNotOverwritten() {
        try (FlowsFixture central = new FlowsFixture(TestDatabases.Kind.H2)) {
            assertEquals("UNKNOWN_ITEM_CODE", central.post(ApiPaths.TRANSACTIONS,
                    transaction("tx-bad-item-01", "NOPE0000", "COMPLETED", null), "tk-bad-0001").code());
            Map<String, Object> backwards = transaction("tx-backwards-1", "GG00031001", "COMPLETED", null);
            backwards.put("finishedAt", "2026-03-02T01:00:00Z");
            FlowsFixture.Reply reply = central.post(ApiPaths.TRANSACTIONS, backwards, "tk-bad-0002");
            assertEquals(400, reply.status());
            assertEquals("INVALID_FIELD", reply.code());
            assertTrue(reply.body().path("detail").asText().contains("before startedAt"), reply.toString());
            Map<String, Object> negative = transaction("tx-negative-01", "GG00031001", "COMPLETED", null);
            negative.put("printed", -1);
            assertEquals("INVALID_FIELD", central.post(ApiPaths.TRANSACTIONS, negative, "tk-bad-0003").code());
            assertEquals(0, central.count("flow_transaction"));

            central.post(ApiPaths.TRANSACTIONS, transaction("tx-mine-000001", "GG00031001", "COMPLETED", null),
                    "tk-mine-0001");
            FlowsFixture.Reply taken = central.post(ApiPaths.TRANSACTIONS,
                    transaction("tx-mine-000001", "GG00031001", "FAILED", "X"), "tk-theirs-01", true);
            assertEquals(409, taken.status());
            assertEquals("TRANSACTION_ID_TAKEN", taken.code());
            assertEquals("COMPLETED", central.transactions.find("tx-mine-000001").orElseThrow().outcome().name());
        }
    }
}
