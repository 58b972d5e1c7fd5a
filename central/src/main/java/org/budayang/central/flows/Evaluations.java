package org.budayang.central.flows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.services.EvaluationRequest;
import org.budayang.central.applications.WorkingDays;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives 好差评 from kiosks: checks the item and the reasons, stores each evaluation id once (a repeat, with
 * or without the same Idempotency-Key and also when it races the first, is answered with the first receipt),
 * and opens the follow-up of a 差评: call back within 1 working day, rectification within 15 working days of
 * receipt (Beijing days, {@link WorkingDays}).
 */
public final class Evaluations {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluations.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int CALL_BACK_WORKING_DAYS = 1;
    static final int RECTIFY_WORKING_DAYS = 15;
    private static final int MAX_APPLICATION_NUMBER = 40;

    private final FlowItems items;
    private final EvaluationRepository repository;
    private final Clock clock;

    public Evaluations(FlowItems items, EvaluationRepository repository, Clock clock) {
        this.items = items;
        this.repository = repository;
        this.clock = clock;
    }

    /** The receipt and whether this call stored it (false: a repeat answered with the first receipt). */
    public record Received(StoredEvaluation evaluation, boolean created) {
    }

    public Received receive(String kioskId, EvaluationRequest request) {
        var first = repository.find(request.evaluationId());
        if (first.isPresent()) {
            return repeat(kioskId, first.get());
        }
        ServiceItem item = items.require("itemCode", request.itemCode());
        if (request.applicationNumber().length() > MAX_APPLICATION_NUMBER) {
            throw ApiException.badRequest("INVALID_FIELD", "EvaluationRequest.applicationNumber has "
                    + request.applicationNumber().length() + " characters; at most " + MAX_APPLICATION_NUMBER);
        }
        EvaluationReasons.check(request.level(), request.reasons());
        Instant now = clock.instant();
        FollowUp followUp = null;
        if (request.level().negative()) {
            LocalDate today = LocalDate.ofInstant(now, ZONE);
            followUp = new FollowUp(FollowUpState.OPEN, WorkingDays.add(today, CALL_BACK_WORKING_DAYS),
                    WorkingDays.add(today, RECTIFY_WORKING_DAYS), null, null);
        }
        StoredEvaluation evaluation = new StoredEvaluation(request.evaluationId(), kioskId,
                item.implementationCode(), request.applicationNumber(), request.outcome(), request.level(),
                request.reasons(), request.comment(), request.ratedAt(), now, followUp);
        if (!repository.insert(evaluation)) {
            StoredEvaluation raced = repository.find(request.evaluationId()).orElseThrow(() ->
                    new IllegalStateException("Evaluation " + request.evaluationId() + " was refused as a duplicate "
                            + "but is not stored"));
            return repeat(kioskId, raced);
        }
        if (followUp != null) {
            LOG.info("差评 {} of item {} from kiosk {} stored ({} reasons); call back by {}, rectify by {}",
                    LogSafe.of(evaluation.evaluationId()), evaluation.itemCode(), kioskId, evaluation.reasons().size(),
                    followUp.callBackBy(), followUp.rectifyBy());
        } else {
            LOG.info("Evaluation {} ({}) of item {} from kiosk {} stored", LogSafe.of(evaluation.evaluationId()),
                    evaluation.level(), evaluation.itemCode(), kioskId);
        }
        return new Received(evaluation, true);
    }

    private static Received repeat(String kioskId, StoredEvaluation first) {
        if (!first.kioskId().equals(kioskId)) {
            throw new ApiException(409, "EVALUATION_ID_TAKEN", "evaluationId '" + first.evaluationId()
                    + "' was already used by another kiosk; generate evaluation ids that are unique across kiosks "
                    + "(a UUID without dashes is fine)");
        }
        LOG.debug("Evaluation {} from kiosk {} was already stored; answering the first receipt",
                LogSafe.of(first.evaluationId()), kioskId);
        return new Received(first, false);
    }
}
