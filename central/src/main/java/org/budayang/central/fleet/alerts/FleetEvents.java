package org.budayang.central.fleet.alerts;

import org.budayang.api.services.EvaluationRequest;
import org.budayang.api.services.TransactionRecord;

/**
 * Events of the citizen flows that feed the alert rules ITEM_FAILURES and BAD_EVALUATION. The endpoints that
 * store {@code POST /api/v1/transactions} and {@code POST /api/v1/evaluations} (#7, central-flow) call these after
 * storing, once per stored record (not for idempotent replays); {@link AlertEngine} implements them.
 */
public interface FleetEvents {
    /** No alert rules listen (e.g. a test without fleet operations). */
    FleetEvents NONE = new FleetEvents() {
        @Override
        public void transactionRecorded(String kioskId, TransactionRecord transaction) {
        }

        @Override
        public void evaluationReceived(String kioskId, EvaluationRequest evaluation) {
        }
    };

    void transactionRecorded(String kioskId, TransactionRecord transaction);

    void evaluationReceived(String kioskId, EvaluationRequest evaluation);
}
