package org.budayang.central.flows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.services.TransactionRecord;
import org.budayang.central.db.Jdbc;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The finished kiosk transactions (flow_transaction, V82), stored once per transaction id: a repeat, with any
 * Idempotency-Key, is answered with the first receipt. Read by ops for statistics and by the alert rule "repeated
 * failures of one item" ({@link #failuresSince(Instant)}).
 */
public final class TransactionLog {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionLog.class);
    private static final int MAX_APPLICATION_NUMBER = 40;

    private final FlowItems items;
    private final DataSource dataSource;
    private final Jdbc jdbc;
    private final Clock clock;

    public TransactionLog(FlowItems items, DataSource dataSource, Clock clock) {
        this.items = items;
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    /** A stored transaction as the kiosk is answered. */
    public record Stored(String transactionId, String itemCode, String applicationNumber,
                         TransactionRecord.Outcome outcome, String failureCode, Instant startedAt, Instant finishedAt,
                         int printed, Instant receivedAt) {
    }

    /** The stored record and whether this call stored it. */
    public record Received(Stored transaction, boolean created) {
    }

    public Received record(String kioskId, TransactionRecord record) {
        Optional<Received> first = existing(kioskId, record.transactionId());
        if (first.isPresent()) {
            return first.get();
        }
        ServiceItem item = items.require("itemCode", record.itemCode());
        String number = record.applicationNumber();
        if (number != null && number.length() > MAX_APPLICATION_NUMBER) {
            throw ApiException.badRequest("INVALID_FIELD", "TransactionRecord.applicationNumber has "
                    + number.length() + " characters; at most " + MAX_APPLICATION_NUMBER);
        }
        if (record.failureCode() != null && record.failureCode().length() > 64) {
            throw ApiException.badRequest("INVALID_FIELD", "TransactionRecord.failureCode has "
                    + record.failureCode().length() + " characters; at most 64");
        }
        Instant now = clock.instant();
        boolean inserted = OnceInsert.insert(dataSource, "Storing transaction " + record.transactionId(), List.of(
                new OnceInsert.Statement("INSERT INTO flow_transaction (transaction_id, kiosk_id, item_code, "
                        + "application_no, outcome, failure_code, started_at, finished_at, printed, received_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", record.transactionId(), kioskId,
                        item.implementationCode(), number, record.outcome().name(), record.failureCode(),
                        record.startedAt(), record.finishedAt(), record.printed(), now)));
        if (!inserted) {
            return existing(kioskId, record.transactionId()).orElseThrow(() -> new IllegalStateException(
                    "Transaction " + record.transactionId() + " was refused as a duplicate but is not stored"));
        }
        LOG.info("Transaction {} of item {} from kiosk {} stored: {}{}, {} printed",
                LogSafe.of(record.transactionId()), item.implementationCode(), kioskId, record.outcome(),
                record.failureCode() == null ? "" : " " + LogSafe.of(record.failureCode()), record.printed());
        return new Received(find(record.transactionId()).orElseThrow(), true);
    }

    public Optional<Stored> find(String transactionId) {
        return jdbc.one("SELECT * FROM flow_transaction WHERE transaction_id = ?", TransactionLog::map, transactionId);
    }

    /**
     * FAILED transactions per item finished after {@code since}, most failures first (for the alert "repeated
     * failures of one item").
     */
    public Map<String, Integer> failuresSince(Instant since) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.list("SELECT item_code, COUNT(*) AS n FROM flow_transaction WHERE outcome = 'FAILED' AND finished_at > ? "
                + "GROUP BY item_code ORDER BY n DESC, item_code", r -> counts.put(r.getString("item_code"),
                r.getInt("n")), since);
        return counts;
    }

    private Optional<Received> existing(String kioskId, String transactionId) {
        Optional<String> owner = jdbc.one("SELECT kiosk_id FROM flow_transaction WHERE transaction_id = ?",
                r -> r.getString("kiosk_id"), transactionId);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        if (!owner.get().equals(kioskId)) {
            throw new ApiException(409, "TRANSACTION_ID_TAKEN", "transactionId '" + transactionId + "' was already "
                    + "used by another kiosk; generate transaction ids that are unique across kiosks (a UUID is fine)");
        }
        return Optional.of(new Received(find(transactionId).orElseThrow(), false));
    }

    private static Stored map(ResultSet r) throws SQLException {
        return new Stored(r.getString("transaction_id"), r.getString("item_code"), r.getString("application_no"),
                TransactionRecord.Outcome.valueOf(r.getString("outcome")), r.getString("failure_code"),
                Jdbc.instant(r, "started_at"), Jdbc.instant(r, "finished_at"), r.getInt("printed"),
                Jdbc.instant(r, "received_at"));
    }
}
